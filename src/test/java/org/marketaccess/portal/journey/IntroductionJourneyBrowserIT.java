package org.marketaccess.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.introduction.IntroductionDetails;
import org.marketaccess.portal.introduction.IntroductionId;
import org.marketaccess.portal.introduction.IntroductionService;
import org.marketaccess.portal.introduction.IntroductionStatus;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.organization.ContactPersonData;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.BrowserTest;
import org.marketaccess.portal.testing.Chromium;
import org.marketaccess.portal.testing.Members;
import org.marketaccess.portal.testing.Postings;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The introduction journey in Chromium: a startup asks from its matches, a program manager
 * approves from the queue, the provider accepts from its inbox, and only then do both see each
 * other's contact persons — checked on the pages and through the service.
 */
@BrowserTest
class IntroductionJourneyBrowserIT {

    static final String PASSWORD = "a long enough passphrase";

    static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    ActAs actAs;

    @Autowired
    Members members;

    @Autowired
    NeedService needs;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    IntroductionService introductions;

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
    void aStartupRequestsTheProgramApprovesTheProviderAcceptsAndOnlyThenBothSeeContacts() {
        String word = "zq" + TestData.unique("i").replaceAll("[^a-z0-9]", "");
        String startup = members.member(OrganizationType.STARTUP, true);
        String provider = members.member(OrganizationType.PROVIDER, true);
        String startupContact = contactOf(startup);
        String providerContact = contactOf(provider);
        String needTitle = "COPD home monitoring with nurse triage " + word;
        String opportunityTitle = "COPD readmissions after discharge " + word;
        NeedId need = actAs.user(startup, () -> {
            NeedId id = needs.create(Postings.need(needTitle));
            needs.publish(id, needs.find(id).orElseThrow().version());
            return id;
        });
        OpportunityId opportunity = actAs.user(provider, () -> {
            OpportunityId id = opportunities.create(Postings.opportunity(opportunityTitle, null, false));
            opportunities.publish(id, opportunities.find(id).orElseThrow().version());
            return id;
        });

        // the startup asks from its matches
        Page startupPage = login(startup);
        startupPage.onPageError(error -> System.out.println("PAGEERROR " + error));
        startupPage.navigate(base() + "/matching-opportunities/" + need);
        Locator card = startupPage.locator("[data-posting='" + opportunity + "']");
        card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Request introduction"))
                .click();
        assertThat(startupPage.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Request an introduction")))
                .isVisible();
        assertThat(startupPage.locator(".request-other")).containsText(opportunityTitle);
        startupPage
                .getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions().setName("Message to the program and the other side"))
                .fill("We run COPD home monitoring at two sites and would like to pilot with you. " + word);
        Chromium.screenshot(startupPage, "30-startup-requests-introduction");
        startupPage
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send request"))
                .click();
        startupPage.waitForTimeout(700);
        Chromium.screenshot(startupPage, "30a-right-after-send");
        try {
            assertThat(startupPage.locator(".status-badge")).hasText("Waiting for the program's review");
        } finally {
            Chromium.screenshot(startupPage, "30b-after-send");
        }
        String detailsUrl = startupPage.url();
        IntroductionId id = IntroductionId.parse(detailsUrl.substring(detailsUrl.lastIndexOf('/') + 1));
        assertThat(startupPage.locator("body")).not().containsText(providerContact);

        // the program manager approves from the queue, seeing both postings and the score
        Page pmPage = login(TestData.DEMO_PROGRAM_MANAGER);
        pmPage.navigate(base() + "/introductions/queue");
        pmPage.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(needTitle))
                .first()
                .click();
        assertThat(pmPage.locator(".side-by-side")).containsText(needTitle);
        assertThat(pmPage.locator(".side-by-side")).containsText(opportunityTitle);
        assertThat(pmPage.locator(".score-badge")).containsText("Match score");
        Chromium.screenshot(pmPage, "31-program-manager-reviews");
        pmPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve"))
                .click();
        assertThat(pmPage.locator(".status-badge")).hasText("Waiting for an answer");

        // the provider is told, opens its inbox; before accepting neither side sees a contact
        Page providerPage = login(provider);
        assertThat(providerPage.locator(".notification-count")).isVisible();
        providerPage.navigate(base() + "/introductions");
        providerPage
                .getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Received (1)"))
                .click();
        providerPage
                .locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(needTitle))
                .first()
                .click();
        assertThat(providerPage.locator(".status-badge")).hasText("Waiting for an answer");
        assertThat(providerPage.locator("body")).not().containsText(startupContact);
        assertThat(providerPage.locator(".introduction-contacts"))
                .containsText("Contact persons are shared with both sides once the introduction is made.");
        startupPage.reload();
        assertThat(startupPage.locator(".status-badge")).hasText("Waiting for an answer");
        assertThat(startupPage.locator("body")).not().containsText(providerContact);
        assertThat(contacts(startup, id)).isEmpty();
        assertThat(contacts(provider, id)).isEmpty();
        Chromium.screenshot(providerPage, "32-provider-before-accepting");

        providerPage
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept introduction"))
                .click();
        assertThat(providerPage.locator(".status-badge")).hasText("Introduced");
        assertThat(providerPage.locator(".introduction-contacts")).containsText(startupContact);
        assertThat(providerPage.locator(".introduction-contacts")).not().containsText(providerContact);
        Chromium.screenshot(providerPage, "33-provider-sees-startup-contacts");

        startupPage.reload();
        assertThat(startupPage.locator(".status-badge")).hasText("Introduced");
        assertThat(startupPage.locator(".introduction-contacts")).containsText(providerContact);
        Chromium.screenshot(startupPage, "34-startup-sees-provider-contacts");
        assertThat(contacts(startup, id)).containsExactly(providerContact);
        assertThat(contacts(provider, id)).containsExactly(startupContact);
        assertThat(actAs.user(startup, () -> introductions.details(id))
                        .orElseThrow()
                        .status())
                .isEqualTo(IntroductionStatus.INTRODUCED);
    }

    private List<String> contacts(String who, IntroductionId id) {
        IntroductionDetails details =
                actAs.user(who, () -> introductions.details(id)).orElseThrow();
        return details.contacts().stream()
                .flatMap(side -> side.persons().stream())
                .map(ContactPersonData::email)
                .toList();
    }

    /** The contact person {@code TestData.registration} gives the member's organization. */
    private static String contactOf(String memberEmail) {
        return "contact-" + memberEmail.substring(0, memberEmail.indexOf('@')) + "@example.org";
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private Page login(String email) {
        Page page = chromium.newPage();
        Chromium.submitLogin(
                page, base(), email, email.endsWith("@demo.marketaccess.org") ? TestData.DEMO_PASSWORD : PASSWORD);
        assertThat(page.getByText("Welcome,")).isVisible();
        return page;
    }
}
