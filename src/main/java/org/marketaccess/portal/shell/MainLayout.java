package org.marketaccess.portal.shell;

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
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.marketaccess.portal.identity.CurrentUser;

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

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication) {
        this.currentUser = currentUser;
        this.authentication = authentication;
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
                            Span name = new Span(user.displayName());
                            name.addClassName("user-name");
                            Span role = new Span(getTranslation("role." + user.role()));
                            role.addClassName("role-badge");
                            Button logout = new Button(getTranslation("nav.logout"), click -> authentication.logout());
                            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                            userArea.add(name, role, logout);
                        },
                        () -> userArea.add(
                                new Anchor("login", getTranslation("nav.login")),
                                new Anchor("register", getTranslation("nav.register"))));
    }
}
