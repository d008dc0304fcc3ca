package org.marketaccess.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.testing.BrowserlessViewTest;
import org.marketaccess.portal.testing.TestData;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** The navigation shows each role exactly what it may open. */
@BrowserlessViewTest
class NavigationTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(TestData.DEMO_STARTUP)
    void aStartupSeesItsNeedsTheOpportunitiesTheDirectoryAndItsProfile() {
        navigate(HomeView.class);
        assertThat(navigation())
                .containsExactly(
                        "Home",
                        "My needs",
                        "Matching opportunities",
                        "Find opportunities",
                        "Introductions",
                        "Directory",
                        "Organization profile");
    }

    @Test
    @WithUserDetails(TestData.DEMO_PROVIDER)
    void aProviderSeesItsOpportunitiesTheNeedsTheDirectoryAndItsProfile() {
        navigate(HomeView.class);
        assertThat(navigation())
                .containsExactly(
                        "Home",
                        "My opportunities",
                        "Matching innovations",
                        "Find innovations",
                        "Introductions",
                        "Directory",
                        "Organization profile");
    }

    @Test
    @WithUserDetails(TestData.DEMO_PROGRAM_MANAGER)
    void aProgramManagerSeesVerificationPostingsAndImport() {
        navigate(HomeView.class);
        assertThat(navigation())
                .containsExactly(
                        "Home",
                        "Organizations",
                        "Introduction requests",
                        "All postings",
                        "Insight",
                        "Find innovations",
                        "Find opportunities",
                        "Import data",
                        "Audit trail",
                        "Directory");
    }

    @Test
    @WithUserDetails(TestData.DEMO_ADMIN)
    void anAdministratorSeesAccounts() {
        navigate(HomeView.class);
        assertThat(navigation()).containsExactly("Home", "Insight", "Directory", "Accounts", "Search index");
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorSeesTheFrontPageAndTheDirectory() {
        navigate("directory", com.vaadin.flow.component.Component.class);
        assertThat(navigation()).containsExactly("Home", "Directory");
    }

    private List<String> navigation() {
        return $(SideNav.class).single().getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }
}
