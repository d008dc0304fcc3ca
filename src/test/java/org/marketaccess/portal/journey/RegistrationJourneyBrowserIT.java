package org.marketaccess.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.testing.AccountMailbox;
import org.marketaccess.portal.testing.BrowserTest;
import org.marketaccess.portal.testing.Chromium;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a new user does, in a real Chromium: register, get verified, log in; a stranger's guesses are slowed down. */
@BrowserTest
class RegistrationJourneyBrowserIT {

    static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    AccountMailbox mailbox;

    @BeforeAll
    static void startChromium() {
        chromium = new Chromium();
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aStartupRegistersAProgramManagerVerifiesItAndTheStartupLogsInAsVerified() {
        String tag = TestData.unique("e2e");
        String organization = "Nightingale Remote Care " + tag;
        String email = tag + "@nightingale.example";
        String password = "listen to the night watch";

        Page visitor = chromium.newPage();
        visitor.navigate(url("/register"));
        visitor.getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions().setName("Your full name").setExact(true))
                .fill("Florence Hart");
        visitor.getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions()
                                .setName("Your e-mail (your login)")
                                .setExact(true))
                .fill(email);
        visitor.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                .fill(password);
        visitor.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Startup"))
                .check();
        visitor.getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions().setName("Organization name").setExact(true))
                .fill(organization);
        visitor.getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions().setName("Website").setExact(true))
                .fill("https://nightingale.example");
        choose(visitor, "Region", "Yorkshire");
        visitor.getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions().setName("Description").setExact(true))
                .fill("Remote monitoring of COPD patients at home, with nurse triage.");
        visitor.getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions().setName("Contact name").setExact(true))
                .fill("Florence Hart");
        visitor.getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions().setName("Contact e-mail").setExact(true))
                .fill("partners@nightingale.example");
        visitor.getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions().setName("Contact phone").setExact(true))
                .fill("+44 113 496 0000");
        // leave the last field as a person does before reaching for the button: clicking straight from it
        // lost the click in Chromium since the form grew (the cluster field, the language menu)
        visitor.keyboard().press("Tab");
        Chromium.screenshot(visitor, "01-registration-form");
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register"))
                .click();
        assertThat(visitor.getByText("Thank you for registering")).isVisible();
        assertThat(visitor.getByText("Check your e-mail to confirm your address"))
                .isVisible();
        Chromium.screenshot(visitor, "02-registration-done");

        // until the address is confirmed the program does not see the organization
        Page managerBefore = login(TestData.DEMO_PROGRAM_MANAGER, TestData.DEMO_PASSWORD);
        managerBefore.navigate(url("/organizations"));
        assertThat(managerBefore.locator("vaadin-grid")).isVisible();
        assertThat(managerBefore.getByText(organization)).hasCount(0);
        managerBefore.context().close();
        visitor.navigate(url("/verify-email?token=" + mailbox.latestSecret("email_verification", email)));
        assertThat(visitor.getByText("Your e-mail address is confirmed")).isVisible();
        Chromium.screenshot(visitor, "02b-email-confirmed");

        Page startupBefore = login(email, password);
        assertThat(startupBefore.locator("#organization-status")).hasText("Pending verification");
        Chromium.screenshot(startupBefore, "03-startup-home-pending");
        // not verified yet: nothing of the other side to browse, and the page says why
        startupBefore.navigate(url("/pilot-opportunities"));
        assertThat(startupBefore.getByText(
                        "Your organization is not verified yet. Once the program team has verified it"))
                .isVisible();
        assertThat(startupBefore.locator(".result-card")).hasCount(0);
        Chromium.screenshot(startupBefore, "03b-startup-pending-finds-nothing");

        Page manager = login(TestData.DEMO_PROGRAM_MANAGER, TestData.DEMO_PASSWORD);
        manager.navigate(url("/organizations"));
        manager.getByText(organization).first().click();
        assertThat(manager.locator(".organization-details")).containsText("partners@nightingale.example");
        manager.locator(".organization-details")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verify"))
                .click();
        Locator dialog = manager.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.TEXTBOX).fill("Welcome to the program");
        Chromium.screenshot(manager, "04-program-manager-verifies");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verify"))
                .click();
        assertThat(manager.getByText(organization + " is verified.")).isVisible();

        Page startup = login(email, password);
        assertThat(startup.locator("#organization-status")).hasText("Verified");
        assertThat(startup.getByText("Welcome to the program")).isVisible();
        Chromium.screenshot(startup, "05-startup-home-verified");

        startup.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                .click();
        // logged out: back at the program's public front page
        assertThat(startup.locator(".landing")).isVisible();
        assertThat(startup.getByText("Welcome,")).hasCount(0);
        startup.navigate(url("/profile"));
        assertThat(startup.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Log in").setExact(true)))
                .isVisible();
    }

    @Test
    void aStrangersWrongPasswordsAreSlowedDownAlikeForAnyEmailAndTheOwnersBrowserStillLogsIn() {
        String victim = registerQuietly();
        Page owner = chromium.newPage();
        submitLogin(owner, victim, "listen to the night watch");
        assertThat(owner.getByText("Welcome,")).isVisible();
        owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                .click();

        Page stranger = chromium.newPage();
        String unknown = TestData.unique("nobody") + "@example.org";
        for (String email : List.of(victim, unknown)) {
            for (int attempt = 1; attempt <= 5; attempt++) {
                submitLogin(stranger, email, "wrong password number " + attempt);
                assertThat(stranger.getByText("Incorrect e-mail or password")).isVisible();
            }
            // from the sixth failure on, each one doubles the wait (1 s, 2 s, 4 s…); a page load may outlast the first
            boolean slowedDown = false;
            for (int attempt = 6; attempt <= 12 && !slowedDown; attempt++) {
                submitLogin(stranger, email, "wrong password number " + attempt);
                slowedDown = stranger.getByText("Too many attempts").isVisible();
            }
            org.assertj.core.api.Assertions.assertThat(slowedDown).as(email).isTrue();
        }
        Chromium.screenshot(stranger, "06-too-many-attempts");

        // the browser that logged in before carries its device cookie and is not held up
        submitLogin(owner, victim, "listen to the night watch");
        assertThat(owner.getByText("Welcome,")).isVisible();
    }

    @Test
    void eachDemoUserSeesOnlyTheirRolesNavigation() {
        expectNavigation(
                TestData.DEMO_STARTUP,
                List.of(
                        "Home",
                        "My needs",
                        "Matching opportunities",
                        "Find opportunities",
                        "Introductions",
                        "Directory",
                        "Organization profile"));
        expectNavigation(
                TestData.DEMO_PROVIDER,
                List.of(
                        "Home",
                        "My opportunities",
                        "Matching innovations",
                        "Find innovations",
                        "Introductions",
                        "Directory",
                        "Organization profile"));
        expectNavigation(
                TestData.DEMO_PROGRAM_MANAGER,
                List.of(
                        "Home",
                        "Organizations",
                        "Introduction requests",
                        "All postings",
                        "Insight",
                        "Find innovations",
                        "Find opportunities",
                        "Import data",
                        "Audit trail",
                        "Directory"));
        expectNavigation(TestData.DEMO_ADMIN, List.of("Home", "Insight", "Directory", "Accounts", "Search index"));
    }

    @Test
    void theDirectoryIsPublicAndShowsNoContactPerson() {
        Page page = chromium.newPage();
        page.navigate(url("/directory"));
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Search by name or description"))
                .fill("HeartLoop");
        assertThat(page.getByText("HeartLoop Health", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(page.getByText("dana@heartloop.example")).hasCount(0);
        Chromium.screenshot(page, "07-public-directory");
    }

    private void expectNavigation(String email, List<String> items) {
        Page page = login(email, TestData.DEMO_PASSWORD);
        assertThat(page.locator("vaadin-side-nav-item").first()).isVisible();
        org.assertj.core.api.Assertions.assertThat(
                        page.locator("vaadin-side-nav-item").allInnerTexts())
                .map(String::strip)
                .containsExactlyElementsOf(items);
        Chromium.screenshot(page, "nav-" + email.substring(0, email.indexOf('@')));
    }

    private String registerQuietly() {
        String tag = TestData.unique("lock");
        Page page = chromium.newPage();
        page.navigate(url("/register"));
        page.getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions().setName("Your full name").setExact(true))
                .fill("Lock Tester");
        page.getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions()
                                .setName("Your e-mail (your login)")
                                .setExact(true))
                .fill(tag + "@example.org");
        page.getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions().setName("Password").setExact(true))
                .fill("listen to the night watch");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Healthcare provider"))
                .check();
        page.getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions().setName("Organization name").setExact(true))
                .fill("Lock Test Clinic " + tag);
        choose(page, "Region", "Catalonia");
        page.getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions().setName("Description").setExact(true))
                .fill("A clinic made by a test.");
        page.getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions().setName("Contact name").setExact(true))
                .fill("Lock Tester");
        page.getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions().setName("Contact e-mail").setExact(true))
                .fill(tag + "@example.org");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register"))
                .click();
        assertThat(page.getByText("Thank you for registering")).isVisible();
        page.context().close();
        return tag + "@example.org";
    }

    private Page login(String email, String password) {
        Page page = chromium.newPage();
        submitLogin(page, email, password);
        try {
            assertThat(page.getByText("Welcome,")).isVisible();
        } catch (AssertionError notLoggedIn) {
            Chromium.screenshot(page, "failed-login-" + email.replaceAll("[^a-z0-9]", "-"));
            throw notLoggedIn;
        }
        return page;
    }

    private void submitLogin(Page page, String email, String password) {
        Chromium.submitLogin(page, url(""), email, password);
    }

    private void choose(Page page, String label, String option) {
        page.locator("vaadin-select")
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByText(label, new Page.GetByTextOptions().setExact(true))))
                .click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(option).setExact(true))
                .click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
