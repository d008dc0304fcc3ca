package org.marketaccess.portal.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.organization.ContactPersonData;
import org.marketaccess.portal.organization.OrganizationId;
import org.marketaccess.portal.organization.OrganizationProfile;
import org.marketaccess.portal.organization.OrganizationService;
import org.marketaccess.portal.organization.OrganizationSummary;
import org.marketaccess.portal.organization.VerificationStatus;
import org.marketaccess.portal.shared.IllegalTransitionException;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.shared.ui.Dates;
import org.marketaccess.portal.shared.ui.ScreenWidth;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomyService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The program verifies or rejects organizations; pending ones first, oldest first. */
@Route("organizations")
@Menu(title = "nav.organizations", order = 10, icon = "vaadin:check-square-o")
@RolesAllowed(Roles.PROGRAM_MANAGER)
class OrganizationListView extends SplitLayout implements HasUrlParameter<String>, HasDynamicTitle {

    final Select<VerificationStatus> status = new Select<>();
    final TextField name = new TextField();
    final Grid<OrganizationSummary> grid = new Grid<>();
    final VerticalLayout details = new VerticalLayout();
    final Button verify = new Button();
    final Button reject = new Button();
    final Button approveName = new Button();
    final Button declineName = new Button();
    private final OrganizationService organizations;
    private final TaxonomyService taxonomy;
    private final RouterLink back = new RouterLink();
    private OrganizationProfile selected;
    private boolean phone;

    OrganizationListView(OrganizationService organizations, TaxonomyService taxonomy) {
        this.organizations = organizations;
        this.taxonomy = taxonomy;
        setSizeFull();
        setSplitterPosition(55);

        status.setLabel(getTranslation("organizations.status"));
        status.setItems(VerificationStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("organizations.all"));
        status.setItemLabelGenerator(value ->
                value == null ? getTranslation("organizations.all") : getTranslation("organization.status." + value));
        status.setValue(VerificationStatus.PENDING_VERIFICATION);
        status.setWidth("15rem");
        name.setLabel(getTranslation("organizations.name"));
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        status.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        name.addValueChangeListener(event -> grid.getDataProvider().refreshAll());

        grid.addColumn(row -> row.proposedName() == null
                        ? row.name()
                        : row.name() + " (" + getTranslation("organizations.name.proposed.short") + ")")
                .setHeader(getTranslation("organizations.name"))
                .setWidth("11rem")
                .setFlexGrow(2);
        Grid.Column<OrganizationSummary> typeColumn = grid.addColumn(
                        row -> getTranslation("organization.type." + row.type()))
                .setHeader(getTranslation("registration.type"))
                .setAutoWidth(true);
        Grid.Column<OrganizationSummary> regionColumn = grid.addColumn(
                        row -> taxonomy.label(TaxonomyKind.REGION, row.region()))
                .setHeader(getTranslation("organization.region"))
                .setAutoWidth(true);
        grid.addColumn(row -> getTranslation("organization.status." + row.status()))
                .setHeader(getTranslation("organizations.status"))
                .setAutoWidth(true);
        Grid.Column<OrganizationSummary> registeredColumn = grid.addColumn(
                        row -> Dates.date(getLocale()).format(row.createdAt()))
                .setHeader(getTranslation("organizations.registered"))
                .setAutoWidth(true);
        grid.setItems(query -> organizations
                .organizations(
                        status.getValue(),
                        name.getValue(),
                        PageRequest.of(
                                query.getPage(),
                                query.getPageSize(),
                                Sort.by("createdAt").ascending().and(Sort.by("name"))))
                .stream());
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.isFromClient()) {
                getUI().ifPresent(ui -> ui.navigate(
                        OrganizationListView.class,
                        event.getValue() == null ? null : event.getValue().id().toString()));
            }
        });
        grid.setSizeFull();
        ScreenWidth.fit(grid, typeColumn, regionColumn, registeredColumn);

        HorizontalLayout filters = new HorizontalLayout(status, name);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout master = new VerticalLayout(new H2(getTranslation("organizations.title")), filters, grid);
        master.setSizeFull();

        verify.setText(getTranslation("organizations.verify"));
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        verify.addClickListener(click -> decide(true));
        reject.setText(getTranslation("organizations.reject"));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickListener(click -> decide(false));
        approveName.setText(getTranslation("organizations.name.approve"));
        approveName.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approveName.addClickListener(click -> decideName(true));
        declineName.setText(getTranslation("organizations.name.decline"));
        declineName.addThemeVariants(ButtonVariant.LUMO_ERROR);
        declineName.addClickListener(click -> decideName(false));
        details.addClassName("organization-details");
        back.setText(getTranslation("organizations.back"));
        back.setRoute(OrganizationListView.class);
        addToPrimary(master);
        addToSecondary(details);
        showNothing();
        ScreenWidth.follow(this, isPhone -> {
            phone = isPhone;
            arrange();
        });
    }

    /**
     * Side by side on a wide window; on a phone one side at a time: the list, or the chosen
     * organization with a way back to the list.
     */
    private void arrange() {
        setClassName("one-side", phone);
        back.setVisible(phone);
        getPrimaryComponent().setVisible(!phone || selected == null);
        details.setVisible(!phone || selected != null);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String id) {
        Optional<OrganizationProfile> profile = Optional.empty();
        if (id != null) {
            try {
                profile = organizations.organization(OrganizationId.of(id));
            } catch (IllegalArgumentException notAnId) {
                profile = Optional.empty();
            }
        }
        profile.ifPresentOrElse(this::show, this::showNothing);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organizations.title");
    }

    private void showNothing() {
        selected = null;
        details.removeAll();
        details.add(new Paragraph(getTranslation("organizations.select")));
        arrange();
    }

    private void show(OrganizationProfile profile) {
        selected = profile;
        details.removeAll();
        details.add(back, new H3(profile.name()));
        Span badge = new Span(getTranslation("organization.status." + profile.status()));
        badge.setClassName("status-badge status-" + profile.status().name().toLowerCase());
        details.add(badge);
        if (profile.proposedName() != null) {
            Paragraph proposal = new Paragraph(getTranslation("organizations.name.proposed", profile.proposedName()));
            proposal.setId("proposed-name");
            details.add(proposal, new HorizontalLayout(approveName, declineName));
        }
        details.add(fact("registration.type", getTranslation("organization.type." + profile.type())));
        details.add(fact("organization.region", taxonomy.label(TaxonomyKind.REGION, profile.region())));
        if (profile.website() != null) {
            Anchor website = new Anchor(profile.website(), profile.website());
            website.setTarget("_blank");
            website.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            details.add(new Div(new Span(getTranslation("organization.website") + ": "), website));
        }
        details.add(fact("organizations.registered", Dates.date(getLocale()).format(profile.createdAt())));
        details.add(fact("organization.listed.short", getTranslation(profile.listedInDirectory() ? "yes" : "no")));
        Paragraph description = new Paragraph(profile.description());
        description.addClassName("prose");
        details.add(description);
        details.add(new H3(getTranslation("registration.section.contact")));
        for (ContactPersonData contact : profile.contacts()) {
            details.add(new Div(new Span(contact.name() + " · " + contact.email()
                    + (contact.phone() == null ? "" : " · " + contact.phone()))));
        }
        if (profile.statusReason() != null) {
            details.add(fact("organizations.reason", profile.statusReason()));
        }
        HorizontalLayout actions = new HorizontalLayout();
        if (profile.status() != VerificationStatus.VERIFIED) {
            actions.add(verify);
        }
        if (profile.status() == VerificationStatus.PENDING_VERIFICATION) {
            actions.add(reject);
        }
        details.add(actions);
        arrange();
    }

    /** Approving takes effect at once; declining asks for the reason the members will see. */
    private void decideName(boolean approve) {
        OrganizationProfile target = selected;
        if (target == null) {
            return;
        }
        if (approve) {
            decided(
                    target,
                    () -> organizations.approveName(target.id(), target.version()),
                    "organizations.name.approved");
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("organizations.name.decline.title", target.name()));
        TextArea reason = new TextArea(getTranslation("organizations.reason"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setRequired(true);
        Button confirm = new Button(getTranslation("organizations.name.decline"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(click -> {
            try {
                organizations.declineName(target.id(), reason.getValue(), target.version());
            } catch (InvalidInputException invalid) {
                reason.setErrorMessage(
                        getTranslation(invalid.fieldErrors().values().iterator().next()));
                reason.setInvalid(true);
                return;
            } catch (OptimisticLockingFailureException | IllegalTransitionException stale) {
                dialog.close();
                stale(target);
                return;
            }
            dialog.close();
            done(target, "organizations.name.declined");
        });
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void decided(OrganizationProfile target, Runnable decision, String doneKey) {
        try {
            decision.run();
        } catch (OptimisticLockingFailureException | IllegalTransitionException stale) {
            stale(target);
            return;
        }
        done(target, doneKey);
    }

    private void stale(OrganizationProfile target) {
        Notification.show(getTranslation("error.stale"), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
        organizations.organization(target.id()).ifPresent(this::show);
        grid.getDataProvider().refreshAll();
    }

    private void done(OrganizationProfile target, String doneKey) {
        Notification.show(getTranslation(doneKey, target.name()), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        grid.getDataProvider().refreshAll();
        organizations.organization(target.id()).ifPresent(this::show);
    }

    private Div fact(String labelKey, String value) {
        return new Div(new Span(getTranslation(labelKey) + ": "), new Span(value));
    }

    private void decide(boolean approve) {
        OrganizationProfile target = selected;
        if (target == null) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(
                getTranslation(approve ? "organizations.verify.title" : "organizations.reject.title", target.name()));
        TextArea reason = new TextArea(getTranslation(approve ? "organizations.note" : "organizations.reason"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setRequired(!approve);
        Button confirm = new Button(getTranslation(approve ? "organizations.verify" : "organizations.reject"));
        confirm.addThemeVariants(
                ButtonVariant.LUMO_PRIMARY, approve ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(click -> {
            try {
                if (approve) {
                    organizations.verify(target.id(), reason.getValue(), target.version());
                } else {
                    organizations.reject(target.id(), reason.getValue(), target.version());
                }
            } catch (InvalidInputException invalid) {
                reason.setErrorMessage(
                        getTranslation(invalid.fieldErrors().values().iterator().next()));
                reason.setInvalid(true);
                return;
            } catch (OptimisticLockingFailureException | IllegalTransitionException stale) {
                dialog.close();
                Notification.show(getTranslation("error.stale"), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                organizations.organization(target.id()).ifPresent(this::show);
                grid.getDataProvider().refreshAll();
                return;
            }
            dialog.close();
            Notification.show(
                            getTranslation(
                                    approve ? "organizations.verified" : "organizations.rejected", target.name()),
                            4000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            grid.getDataProvider().refreshAll();
            organizations.organization(target.id()).ifPresent(this::show);
        });
        Button cancel = new Button(getTranslation("cancel"), click -> dialog.close());
        dialog.add(reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }
}
