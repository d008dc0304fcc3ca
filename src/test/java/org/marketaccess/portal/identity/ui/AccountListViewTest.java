package org.marketaccess.portal.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.testing.BrowserlessViewTest;
import org.marketaccess.portal.testing.TestData;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessViewTest
@WithUserDetails(TestData.DEMO_ADMIN)
class AccountListViewTest extends SpringBrowserlessTest {

    @Test
    void anAdministratorFindsAccountsByEmail() {
        AccountListView view = navigate(AccountListView.class);
        test(view.filter).setValue("pm@demo");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).email()).isEqualTo(TestData.DEMO_PROGRAM_MANAGER);
    }
}
