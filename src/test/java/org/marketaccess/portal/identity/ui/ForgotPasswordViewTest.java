package org.marketaccess.portal.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.testing.BrowserlessViewTest;
import org.marketaccess.portal.testing.TestData;
import org.springframework.security.test.context.support.WithAnonymousUser;

@BrowserlessViewTest
@WithAnonymousUser
class ForgotPasswordViewTest extends SpringBrowserlessTest {

    @Test
    void aKnownAndAnUnknownAddressGetTheSameAnswer() {
        String known = answerFor(TestData.DEMO_PROVIDER).replace(TestData.DEMO_PROVIDER, "<address>");
        String unknown = TestData.unique("nobody") + "@example.org";
        navigate(LoginView.class);

        assertThat(answerFor(unknown).replace(unknown, "<address>"))
                .isEqualTo(known)
                .contains("If an account uses <address>, a link to set a new password is on its way");
    }

    private String answerFor(String email) {
        ForgotPasswordView view = navigate(ForgotPasswordView.class);
        test(view.email).setValue(email);
        test(view.send).click();
        return view.getElement().getTextRecursively();
    }
}
