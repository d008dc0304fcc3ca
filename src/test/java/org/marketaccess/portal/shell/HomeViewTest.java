package org.marketaccess.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.testing.BrowserlessViewTest;
import org.marketaccess.portal.testing.TestData;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessViewTest
class HomeViewTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorReadsTheProgramsLandingPageWithItsFigures() {
        HomeView home = navigate(HomeView.class);
        String text = home.getElement().getTextRecursively();
        assertThat(text)
                .contains("introduced by the program")
                .contains("verified organizations")
                .contains("Register your organization")
                .contains("Browse the stakeholder directory")
                .doesNotContain("Welcome,");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("register", "login", "directory");
    }

    @Test
    @WithUserDetails(TestData.DEMO_STARTUP)
    void aVerifiedStartupSeesItsOrganizationAndStatus() {
        HomeView home = navigate(HomeView.class);
        assertThat(home.getElement().getTextRecursively()).contains("HeartLoop Health");
        assertThat($(Span.class).id("organization-status").getText()).isEqualTo("Verified");
    }

    @Test
    @WithUserDetails(TestData.DEMO_PROGRAM_MANAGER)
    void aProgramManagerSeesWhoIsWaitingLongestForVerification() {
        HomeView home = navigate(HomeView.class);
        assertThat(home.getElement().getTextRecursively())
                .contains("Waiting longest for verification")
                .contains("ShiftWise");
    }

    @Test
    @WithUserDetails(TestData.DEMO_ADMIN)
    void anAdministratorSeesAccountFigures() {
        HomeView home = navigate(HomeView.class);
        assertThat(home.getElement().getTextRecursively())
                .contains("Program manager")
                .contains("Manage accounts");
    }
}
