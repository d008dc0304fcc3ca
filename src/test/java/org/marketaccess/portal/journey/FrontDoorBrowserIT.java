package org.marketaccess.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.insight.ProgramFigures;
import org.marketaccess.portal.insight.PublicFigures;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
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

/** The program's front door: a visitor at {@code /} reads what the program does and how far it has come. */
@BrowserTest
class FrontDoorBrowserIT {

    static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    PublicFigures figures;

    @Autowired
    NeedService needs;

    @Autowired
    Members members;

    @Autowired
    ActAs actAs;

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
    void aVisitorReadsWhatTheProgramDoesWithTodaysFiguresAndTheWaysIn() {
        Page page = chromium.newPage();
        page.navigate(base() + "/");
        assertThat(page).hasURL(base() + "/");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)))
                .containsText("introduced by the program");

        ProgramFigures now = figures.now();
        assertThat(figure(page, "organizations")).isEqualTo(now.verifiedOrganizations());
        assertThat(figure(page, "opportunities")).isEqualTo(now.openOpportunities());
        assertThat(figure(page, "needs")).isEqualTo(now.publishedNeeds());
        assertThat(figure(page, "introductions")).isEqualTo(now.introductionsMade());
        assertThat(now.verifiedOrganizations()).as("the demo organizations").isPositive();
        Chromium.screenshot(page, "64-front-door");

        // the figures are counted when the page opens: a newly published need shows at the next visit
        String startup = members.member(OrganizationType.STARTUP, true);
        actAs.user(startup, () -> {
            NeedId id = needs.create(Postings.need("Front door check " + TestData.unique("f")));
            needs.publish(id, needs.find(id).orElseThrow().version());
        });
        page.reload();
        assertThat(page.locator("[data-figure=needs] .figure-value")).hasText(Long.toString(now.publishedNeeds() + 1));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Browse the stakeholder directory"))
                .click();
        assertThat(page).hasURL(base() + "/directory");
        page.navigate(base() + "/");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Register your organization")
                                .setExact(true))
                .first()
                .click();
        assertThat(page).hasURL(base() + "/register");
        page.navigate(base() + "/");
        page.locator(".landing-actions")
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Log in"))
                .click();
        assertThat(page).hasURL(base() + "/login");
    }

    @Test
    void aSignedInUserStillLandsOnTheirRolesHome() {
        Page page = new PortalPages(chromium, base()).login(TestData.DEMO_PROVIDER, TestData.DEMO_PASSWORD);
        page.navigate(base() + "/");
        assertThat(page.getByText("Welcome, Grace Liu")).isVisible();
        assertThat(page.locator(".landing")).hasCount(0);
    }

    private static long figure(Page page, String name) {
        return Long.parseLong(page.locator("[data-figure=" + name + "] .figure-value")
                .innerText()
                .strip());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
