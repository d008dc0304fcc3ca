package org.marketaccess.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.identity.ui.LoginView;
import org.marketaccess.portal.testing.BrowserlessViewTest;
import org.marketaccess.portal.testing.TestData;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** Every route, for every kind of visitor: who gets in, who is sent to the login, who is refused. */
@BrowserlessViewTest
class RouteAccessTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void everyNonPublicRouteSendsAnAnonymousVisitorToTheLogin() {
        List<Class<? extends Component>> routes = routes();
        assertThat(routes).hasSizeGreaterThanOrEqualTo(7);
        for (Class<? extends Component> route : routes) {
            open(route);
            if (route.isAnnotationPresent(AnonymousAllowed.class)) {
                assertThat(getCurrentView().getClass())
                        .as(route.getSimpleName())
                        .isEqualTo(route);
            } else {
                assertThat(getCurrentView()).as(route.getSimpleName()).isInstanceOf(LoginView.class);
            }
        }
    }

    @Test
    @WithUserDetails(TestData.DEMO_STARTUP)
    void aStartupOpensOnlyItsOwnViews() {
        assertOnlyOwnViewsOpen(Roles.STARTUP);
    }

    @Test
    @WithUserDetails(TestData.DEMO_PROVIDER)
    void aProviderOpensOnlyItsOwnViews() {
        assertOnlyOwnViewsOpen(Roles.PROVIDER);
    }

    @Test
    @WithUserDetails(TestData.DEMO_PROGRAM_MANAGER)
    void aProgramManagerOpensOnlyItsOwnViews() {
        assertOnlyOwnViewsOpen(Roles.PROGRAM_MANAGER);
    }

    @Test
    @WithUserDetails(TestData.DEMO_ADMIN)
    void anAdministratorOpensOnlyItsOwnViews() {
        assertOnlyOwnViewsOpen(Roles.ADMIN);
    }

    private void assertOnlyOwnViewsOpen(String role) {
        int denied = 0;
        for (Class<? extends Component> route : routes()) {
            RolesAllowed allowed = route.getAnnotation(RolesAllowed.class);
            open(route);
            if (allowed != null && !Arrays.asList(allowed.value()).contains(role)) {
                denied++;
                assertThat(getCurrentView().getClass())
                        .as(role + " must not open " + route.getSimpleName())
                        .isNotEqualTo(route);
                assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
            } else if ((allowed != null || route.isAnnotationPresent(PermitAll.class))
                    // the second step of a login opens only while a login owes it, else it goes home
                    && !route.getSimpleName().equals("TwoFactorView")) {
                assertThat(getCurrentView().getClass())
                        .as(role + " opens " + route.getSimpleName())
                        .isEqualTo(route);
            }
        }
        assertThat(denied).as("views reserved for other roles").isPositive();
    }

    /** Opens the route; a route that needs an id gets a random one (which no one can see). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void open(Class<? extends Component> route) {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        String url;
        String template = routes.getTemplate(route).orElseThrow();
        try {
            url = template.contains(":") && !template.contains("___url_parameter")
                    ? template.replaceAll(
                            ":[A-Za-z]+", java.util.UUID.randomUUID().toString())
                    : routes.getUrl(route);
        } catch (IllegalArgumentException needsParameter) {
            url = routes.getUrl(
                    (Class) route, (Object) java.util.UUID.randomUUID().toString());
        }
        UI.getCurrent().navigate(url);
    }

    private static List<Class<? extends Component>> routes() {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .<Class<? extends Component>>map(data -> data.getNavigationTarget())
                .filter(target -> target.getPackageName().startsWith("org.marketaccess.portal"))
                .distinct()
                .toList();
    }
}
