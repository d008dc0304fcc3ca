package org.marketaccess.portal.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.testing.BrowserlessViewTest;
import org.springframework.security.test.context.support.WithAnonymousUser;

@BrowserlessViewTest
@WithAnonymousUser
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void aThrottledAttemptIsToldToWaitWithoutNamingAnAccount() {
        LoginView view = open(QueryParameters.of("throttled", ""));
        assertThat(view.loginForm.isError()).isTrue();
        assertThat(i18n(view)).contains("Too many attempts").doesNotContain("account is locked");
    }

    @Test
    void anOldLockedAddressWithAnOutOfRangeTimeShowsThePlainLoginForm() {
        LoginView view = open(QueryParameters.of("locked", Long.toString(Long.MAX_VALUE)));
        assertThat(view.loginForm.isError()).isFalse();
        assertThat(i18n(view)).doesNotContain("locked");
    }

    /** The texts the login form shows, as the browser receives them. */
    private static String i18n(LoginView view) {
        return String.valueOf(view.loginForm.getElement().getPropertyRaw("i18n"));
    }

    private LoginView open(QueryParameters parameters) {
        UI.getCurrent().navigate("login", parameters);
        return (LoginView) getCurrentView();
    }
}
