package org.marketaccess.portal.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.marketaccess.portal.identity.AccountColumn;
import org.marketaccess.portal.identity.AccountService;
import org.marketaccess.portal.identity.AccountSummary;
import org.marketaccess.portal.identity.PasswordService;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.identity.TwoFactorService;
import org.marketaccess.portal.shared.ui.Dates;
import org.marketaccess.portal.shared.ui.ScreenWidth;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Administrators manage accounts: roles, enabling, sending a password reset link, and resetting a lost
 * second factor. No account is ever locked (decision 022).
 */
@Route("admin/accounts")
@Menu(title = "nav.accounts", order = 90, icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
class AccountListView extends VerticalLayout implements HasDynamicTitle {

    final TextField filter = new TextField();
    final Grid<AccountSummary> grid = new Grid<>();
    private final AccountService accounts;
    private final TwoFactorService twoFactor;
    private final PasswordService passwords;

    AccountListView(
            AccountService accounts,
            TwoFactorService twoFactor,
            PasswordService passwords,
            java.util.List<AccountColumn> extraColumns) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.passwords = passwords;
        setSizeFull();

        filter.setPlaceholder(getTranslation("accounts.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(event -> grid.getDataProvider().refreshAll());

        grid.addColumn(AccountSummary::email)
                .setHeader(getTranslation("accounts.email"))
                .setAutoWidth(true);
        Grid.Column<AccountSummary> nameColumn = grid.addColumn(AccountSummary::displayName)
                .setHeader(getTranslation("accounts.name"))
                .setAutoWidth(true);
        Grid.Column<AccountSummary> roleColumn = grid.addComponentColumn(this::roleSelect)
                .setHeader(getTranslation("accounts.role"))
                .setAutoWidth(true);
        Grid.Column<AccountSummary> stateColumn = grid.addColumn(this::state)
                .setHeader(getTranslation("accounts.state"))
                .setAutoWidth(true);
        Grid.Column<AccountSummary> createdColumn = grid.addColumn(
                        account -> Dates.dateTime(getLocale()).format(account.createdAt()))
                .setHeader(getTranslation("accounts.created"))
                .setAutoWidth(true);
        for (AccountColumn extra : extraColumns) {
            grid.addComponentColumn(account -> {
                        var cell = extra.cell(account);
                        return cell == null ? new Span() : cell;
                    })
                    .setHeader(getTranslation(extra.headerKey()))
                    .setAutoWidth(true);
        }
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("accounts.actions"))
                .setAutoWidth(true);
        grid.setItems(
                query -> accounts
                        .accounts(
                                filter.getValue(),
                                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("email")))
                        .stream());
        grid.setSizeFull();
        ScreenWidth.fit(grid, nameColumn, roleColumn, stateColumn, createdColumn);

        add(new H2(getTranslation("accounts.title")), filter, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title");
    }

    private String state(AccountSummary account) {
        if (!account.enabled()) {
            return getTranslation("accounts.state.disabled");
        }
        return getTranslation("accounts.state.active");
    }

    private Select<String> roleSelect(AccountSummary account) {
        Select<String> select = new Select<>();
        select.setItems(Roles.ALL);
        select.setItemLabelGenerator(role -> getTranslation("role." + role));
        select.setValue(account.role());
        select.setAriaLabel(getTranslation("accounts.role"));
        select.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                accounts.changeRole(account.id(), event.getValue());
                done("accounts.role.changed");
            }
        });
        return select;
    }

    private HorizontalLayout actions(AccountSummary account) {
        HorizontalLayout actions = new HorizontalLayout();
        if (twoFactor.enrolled(account.id())) {
            Button reset = new Button(getTranslation("accounts.two-factor.reset"), click -> {
                twoFactor.reset(account.id());
                done("accounts.two-factor.reset.done");
            });
            reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(reset);
        }
        if (account.enabled()) {
            // the owner sets the password through the mailed link; nobody else ever sees it
            Button reset = new Button(getTranslation("accounts.send-reset"), click -> {
                passwords.sendResetLink(account.id());
                done("accounts.reset-sent");
            });
            reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(reset);
        }
        Button toggle =
                new Button(getTranslation(account.enabled() ? "accounts.disable" : "accounts.enable"), click -> {
                    accounts.setEnabled(account.id(), !account.enabled());
                    done(account.enabled() ? "accounts.disabled" : "accounts.enabled");
                });
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        actions.add(toggle);
        if (actions.getComponentCount() == 0) {
            actions.add(new Span());
        }
        return actions;
    }

    private void done(String messageKey) {
        Notification.show(getTranslation(messageKey), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        grid.getDataProvider().refreshAll();
    }
}
