package org.marketaccess.portal.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.testing.BrowserlessViewTest;
import org.marketaccess.portal.testing.TestData;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessViewTest
@WithUserDetails(TestData.DEMO_STARTUP)
class AccountViewTest extends SpringBrowserlessTest {

    @Test
    void theAccountPageShowsTheConfirmedAddressAndRefusesAWrongCurrentPassword() {
        AccountView view = navigate(AccountView.class);
        assertThat(view.emailSection.state.getText()).isEqualTo(TestData.DEMO_STARTUP + " (confirmed)");

        test(view.passwordSection.current).setValue("not the password");
        test(view.passwordSection.newPassword).setValue("a brand new passphrase");
        test(view.passwordSection.repeat).setValue("a brand new passphrase");
        test(view.passwordSection.change).click();

        assertThat(view.passwordSection.current.isInvalid()).isTrue();
        assertThat(view.passwordSection.current.getErrorMessage()).isEqualTo("This is not your current password.");
    }

    @Test
    void twoDifferentNewPasswordsAreRefusedBeforeAnythingIsChecked() {
        AccountView view = navigate(AccountView.class);
        test(view.passwordSection.current).setValue(TestData.DEMO_PASSWORD);
        test(view.passwordSection.newPassword).setValue("a brand new passphrase");
        test(view.passwordSection.repeat).setValue("another new passphrase");
        test(view.passwordSection.change).click();

        assertThat(view.passwordSection.repeat.isInvalid()).isTrue();
        assertThat(view.passwordSection.repeat.getErrorMessage()).isEqualTo("The two passwords are not the same.");
    }
}
