package org.marketaccess.portal.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.marketaccess.portal.identity.CurrentUser;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.identity.SignedInUser;
import org.marketaccess.portal.notification.NotificationService;
import org.marketaccess.portal.notification.NotificationsArrived;
import org.marketaccess.portal.notification.UnreadNotificationsChanged;
import org.marketaccess.portal.shared.ui.LanguageMenu;
import org.marketaccess.portal.shared.ui.LiveUpdates;

/**
 * The frame around every view. The navigation lists the views the current user may open: Vaadin's
 * menu configuration already leaves out those whose access annotations refuse the user.
 */
@Layout
@AnonymousAllowed
class MainLayout extends AppLayout implements AfterNavigationObserver {

    final SideNav navigation = new SideNav();
    private final CurrentUser currentUser;
    private final AuthenticationContext authentication;
    private final HorizontalLayout userArea = new HorizontalLayout();

    private final NotificationService notifications;
    final Button bell = new Button(new Icon("vaadin", "bell"));
    final Span unreadCount = new Span();
    private Registration notificationsChanged;

    /**
     * The unread count refreshes on every navigation, when this tab reads notifications, and when new
     * ones arrive for the signed-in user (pushed by the server: nothing polls).
     */
    MainLayout(
            CurrentUser currentUser,
            AuthenticationContext authentication,
            NotificationService notifications,
            LiveUpdates live) {
        this.currentUser = currentUser;
        live.follow(
                this,
                NotificationsArrived.class,
                arrived -> currentUser
                        .get()
                        .map(SignedInUser::email)
                        .filter(arrived.recipients()::contains)
                        .isPresent(),
                arrived -> showUnreadCount());
        this.authentication = authentication;
        this.notifications = notifications;
        setPrimarySection(Section.DRAWER);

        Anchor brand = new Anchor("", getTranslation("app.name"));
        brand.addClassName("brand");
        Div drawerHeader = new Div(brand);
        drawerHeader.addClassName("drawer-header");
        addToDrawer(drawerHeader, new Scroller(navigation));

        userArea.addClassName("user-area");
        userArea.setAlignItems(HorizontalLayout.Alignment.CENTER);
        Div spacer = new Div();
        spacer.addClassName("spacer");
        addToNavbar(new DrawerToggle(), spacer, userArea);

        bell.addClassName("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        unreadCount.addClassName("notification-count");
        // a small round badge on the bell; the stylesheet is shared, so the few rules stay here
        unreadCount
                .getStyle()
                .set("background", "var(--lumo-error-color)")
                .set("color", "var(--lumo-error-contrast-color)")
                .set("border-radius", "1em")
                .set("padding", "0 0.45em")
                .set("font-size", "var(--lumo-font-size-xs)")
                .set("font-weight", "600");
        bell.setSuffixComponent(unreadCount);
        bell.setTooltipText(getTranslation("notification.title"));
        bell.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate("notifications")));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        notificationsChanged = ComponentUtil.addListener(ui, UnreadNotificationsChanged.class, changed -> {
            if (currentUser.get().isPresent()) {
                showUnreadCount();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        notificationsChanged.remove();
        super.onDetach(event);
    }

    private void showUnreadCount() {
        long unread = notifications.unreadCount();
        unreadCount.setText(Long.toString(unread));
        unreadCount.setVisible(unread > 0);
        bell.setAriaLabel(getTranslation("notification.bell", unread));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // rebuilt on every navigation: the user may have logged in or out since the last one
        navigation.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            navigation.addItem(item);
        }
        userArea.removeAll();
        currentUser
                .get()
                .ifPresentOrElse(
                        user -> {
                            showUnreadCount();
                            // the name leads to the account page: password, and more settings later
                            Anchor name = new Anchor("account", user.displayName());
                            name.addClassName("user-name");
                            name.setTitle(getTranslation("account.nav"));
                            Span role = new Span(getTranslation("role." + user.role()));
                            role.addClassName("role-badge");
                            Button logout = new Button(getTranslation("nav.logout"), click -> authentication.logout());
                            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                            userArea.add(bell, name, role);
                            if (Roles.SELF_REGISTERED.contains(user.role())) {
                                // the privacy feature's page (decision 023)
                                Anchor personalData = new Anchor("account/data");
                                personalData.add(
                                        new Icon("vaadin", "user-card"), new Span(getTranslation("nav.personal-data")));
                                personalData
                                        .getElement()
                                        .setAttribute("aria-label", getTranslation("nav.personal-data"));
                                personalData.getElement().setAttribute("title", getTranslation("nav.personal-data"));
                                personalData.addClassName("personal-data-link");
                                userArea.add(personalData);
                            }
                            userArea.add(new LanguageMenu(), logout);
                        },
                        () -> userArea.add(
                                new LanguageMenu(),
                                new Anchor("login", getTranslation("nav.login")),
                                new Anchor("register", getTranslation("nav.register"))));
    }
}
