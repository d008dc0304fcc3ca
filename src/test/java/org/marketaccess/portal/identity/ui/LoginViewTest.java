package org.marketaccess.portal.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.testing.BrowserlessViewTest;
import org.springframework.security.test.context.support.WithAnonymousUser;

@BrowserlessViewTest
@WithAnonymousUser
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void aLockedAccountIsToldForHowManyMinutesInWords() {
        long until = Instant.now().plusSeconds(10 * 60 - 30).getEpochSecond();
        LoginView view = locked(Long.toString(until));
        assertThat(view.loginForm.isError()).isTrue();
        assertThat(i18n(view)).contains("(in about 10 minutes)");
    }

    @Test
    void aLockThatEndsWithinAMinuteSaysAMinute() {
        long until = Instant.now().plusSeconds(20).getEpochSecond();
        LoginView view = locked(Long.toString(until));
        assertThat(i18n(view)).contains("(in about a minute)");
    }

    @Test
    void aHandMadeLockedAddressFallsBackToFifteenMinutes() {
        LoginView view = locked("soon");
        assertThat(i18n(view)).contains("(in about 15 minutes)");
    }

    /** The texts the login form shows, as the browser receives them. */
    private static String i18n(LoginView view) {
        return String.valueOf(view.loginForm.getElement().getPropertyRaw("i18n"));
    }

    private LoginView locked(String until) {
        UI.getCurrent().navigate("login", QueryParameters.of("locked", until));
        return (LoginView) getCurrentView();
    }
}
