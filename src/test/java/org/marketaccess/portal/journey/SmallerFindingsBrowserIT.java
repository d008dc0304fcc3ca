package org.marketaccess.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.BrowserTest;
import org.marketaccess.portal.testing.Chromium;
import org.marketaccess.portal.testing.Members;
import org.marketaccess.portal.testing.PortalPages;
import org.marketaccess.portal.testing.Postings;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The newcomer's smaller findings, each as the person met it in Chromium: counts in words, no
 * import note on imported organizations, an expired opportunity that says so, a website typed
 * without https://, a failed login that keeps the e-mail, directory rows that open, and an
 * unverified member told before writing. (The import's report is in {@link ImportBrowserIT}.)
 */
@BrowserTest
class SmallerFindingsBrowserIT {

    static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    Members members;

    @Autowired
    ActAs actAs;

    @Autowired
    JdbcTemplate jdbc;

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
    void theDirectoryCountsInWordsAndARowOpensToTheWholeDescription() {
        Page page = chromium.newPage();
        page.navigate(base() + "/directory");
        Locator search =
                page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Search by name or description"));
        search.fill("HeartLoop Health");
        assertThat(page.locator(".directory-view")).containsText("1 organization");
        assertThat(page.locator(".directory-view")).not().containsText("1 organizations");

        page.locator("vaadin-grid-cell-content").getByText("HeartLoop").first().click();
        Locator details = page.locator(".directory-details");
        assertThat(details).isVisible();
        String description = details.innerText();
        assertThat(description).doesNotEndWith("…").hasSizeGreaterThan(220);
        Chromium.screenshot(page, "60-directory-row-open");
    }

    @Test
    void anImportedOrganizationReadsNoImportNote() {
        // the demo organizations come from the program's data set, as imported ones do
        Page page = pages().login(TestData.DEMO_STARTUP, TestData.DEMO_PASSWORD);
        assertThat(page.getByText("Welcome,")).isVisible();
        assertThat(page.locator("body")).not().containsText("Note from the program");
        page.navigate(base() + "/profile");
        assertThat(PortalPages.textbox(page, "Organization name")).isVisible();
        assertThat(page.locator("body")).not().containsText("Imported from the program");
    }

    @Test
    void anOpportunityPastItsDeadlineTellsItsProviderItIsNoLongerOffered() {
        String provider = members.member(OrganizationType.PROVIDER, true);
        OpportunityId id = actAs.user(provider, () -> {
            OpportunityId created = opportunities.create(Postings.opportunity(
                    "Deadline passes " + TestData.unique("d"), LocalDate.now().plusDays(10), false));
            opportunities.publish(
                    created, opportunities.find(created).orElseThrow().version());
            return created;
        });
        // the deadline passes: days go by, nothing else changes
        jdbc.update(
                "update opportunity set response_deadline = ? where id = ?",
                LocalDate.now().minusDays(2),
                id.value());

        Page page = pages().login(provider, PortalPages.PASSWORD);
        page.navigate(base() + "/opportunities");
        assertThat(page.locator("vaadin-grid-cell-content").getByText("Published, deadline passed"))
                .isVisible();
        page.navigate(base() + "/opportunities/edit/" + id);
        assertThat(page.getByText("The response deadline has passed: startups no longer see this opportunity."))
                .isVisible();
        Chromium.screenshot(page, "61-opportunity-deadline-passed");
    }

    @Test
    void aWebsiteTypedWithoutHttpsIsTakenWithIt() {
        String tag = TestData.unique("w");
        String email = tag + "@example.org";
        Page visitor = chromium.newPage();
        visitor.navigate(base() + "/register");
        PortalPages.textbox(visitor, "Your full name").fill("Wes Typist");
        PortalPages.textbox(visitor, "Your e-mail (your login)").fill(email);
        visitor.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                .fill(PortalPages.PASSWORD);
        visitor.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Startup"))
                .check();
        PortalPages.textbox(visitor, "Organization name").fill("Typed Without Scheme " + tag);
        PortalPages.textbox(visitor, "Website").fill("www." + tag + ".example.org");
        PortalPages.select(visitor, "Region", "Catalonia");
        PortalPages.textbox(visitor, "Description").fill("Remote monitoring at home.");
        PortalPages.textbox(visitor, "Contact name").fill("Wes Typist");
        PortalPages.textbox(visitor, "Contact e-mail").fill("contact-" + email);
        PortalPages.button(visitor, "Register").click();
        assertThat(visitor.getByText("Thank you for registering")).isVisible();

        String website = jdbc.queryForObject(
                "select website from organization where name = ?", String.class, "Typed Without Scheme " + tag);
        assertThat(website).isEqualTo("https://www." + tag + ".example.org");
    }

    @Test
    void aFailedLoginKeepsTheEmailAndClearsOnlyThePassword() {
        Page page = chromium.newPage();
        Chromium.submitLogin(page, base(), TestData.DEMO_PROVIDER, "not the password");
        assertThat(page.getByText("Incorrect e-mail or password")).isVisible();
        assertThat(PortalPages.textbox(page, "E-mail")).hasValue(TestData.DEMO_PROVIDER);
        assertThat(PortalPages.textbox(page, "Password")).hasValue("");
        Chromium.screenshot(page, "62-login-failed-keeps-email");
    }

    @Test
    void anUnverifiedMemberIsToldBeforeWritingAndTheFormIsOff() {
        String startup = members.member(OrganizationType.STARTUP, false);
        Page page = pages().login(startup, PortalPages.PASSWORD);
        page.navigate(base() + "/needs/edit");
        assertThat(page.locator("#posting-not-verified")).containsText("Your organization is not verified yet");
        assertThat(PortalPages.textbox(page, "Title")).isDisabled();
        assertThat(PortalPages.button(page, "Publish")).isDisabled();
        Chromium.screenshot(page, "63-unverified-editor");
    }

    private PortalPages pages() {
        return new PortalPages(chromium, base());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
