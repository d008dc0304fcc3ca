package org.marketaccess.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.introduction.IntroductionId;
import org.marketaccess.portal.introduction.IntroductionService;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
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

/**
 * What a newcomer's run found, in Chromium: one number per pair whoever looks, shared words that
 * tell something, a program manager's note that is kept, and a mistyped address that says so.
 */
@BrowserTest
class TrustBrowserIT {

    static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    NeedService needs;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    IntroductionService introductions;

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
    void theStartupAndTheProviderSeeTheSameScoreForTheSamePair() {
        String[] seen = scoresOfAPair(List.of("anywhere"));
        assertThat(seen[0]).as("nothing weighs differently: one number").matches("Score \\d+ / 100");
        assertThat(seen[1]).as("the provider").isEqualTo(seen[0]);
        assertThat(seen[2]).as("the startup's list").isEqualTo(seen[0]);
    }

    @Test
    void whereARegionDecidesForOneSideBothNumbersShowWithTheirSides() {
        // a need open to Europe, an opportunity in Massachusetts: the region is the need's concern
        String[] seen = scoresOfAPair(List.of("europe"));
        assertThat(seen[0]).matches("Score \\d+ / 100 from the need's side · \\d+ / 100 from the opportunity's side");
        assertThat(seen[1]).as("the provider sees the same two").isEqualTo(seen[0]);
        assertThat(seen[3])
                .as("the startup's card names the other side's number")
                .startsWith("The other side sees");
    }

    /** The match page's badge as the startup and the provider see it, the startup's card badge and its note. */
    private String[] scoresOfAPair(List<String> needRegions) {
        String word = "zq" + TestData.unique("s").replaceAll("[^a-z0-9]", "");
        String startup = members.member(OrganizationType.STARTUP, true);
        String provider = members.member(OrganizationType.PROVIDER, true);
        NeedId need = actAs.user(startup, () -> {
            NeedId id = needs.create(Postings.need(
                    "COPD home monitoring with nurse triage " + word,
                    "Home monitoring of COPD patients with nurse triage. " + word,
                    false,
                    needRegions));
            needs.publish(id, needs.find(id).orElseThrow().version());
            return id;
        });
        OpportunityId opportunity = actAs.user(provider, () -> {
            OpportunityId id = opportunities.create(Postings.opportunity("COPD readmissions " + word, null, false));
            opportunities.publish(id, opportunities.find(id).orElseThrow().version());
            return id;
        });
        PortalPages pages = pages();
        String match = base() + "/matches/" + need + "/" + opportunity;

        Page startupPage = pages.login(startup, PortalPages.PASSWORD);
        startupPage.navigate(match);
        String startupScore = startupPage.locator(".score-badge").innerText();
        startupPage.navigate(base() + "/matching-opportunities/" + need);
        String inTheList = startupPage
                .locator("[data-posting='" + opportunity + "'] .score-badge")
                .innerText();

        String note = startupPage.locator("[data-posting='" + opportunity + "'] .other-view").allInnerTexts().stream()
                .findFirst()
                .orElse("");

        Page providerPage = pages.login(provider, PortalPages.PASSWORD);
        providerPage.navigate(match);
        String providerScore = providerPage.locator(".score-badge").innerText();
        Chromium.screenshot(providerPage, "51-provider-sees-the-score-" + needRegions.getFirst());
        return new String[] {startupScore, providerScore, inTheList, note};
    }

    @Test
    void sharedWordsLeaveOutStopWordsAndNameEachWordOnce() {
        String word = "zq" + TestData.unique("w").replaceAll("[^a-z0-9]", "");
        String startup = members.member(OrganizationType.STARTUP, true);
        String provider = members.member(OrganizationType.PROVIDER, true);
        NeedId need = actAs.user(startup, () -> {
            NeedId id = needs.create(Postings.need(
                    "Our COPD inhaler coaching " + word,
                    "Our team and our app: we want to cut 30 day COPD readmissions with inhaler coaching.",
                    false));
            needs.publish(id, needs.find(id).orElseThrow().version());
            return id;
        });
        OpportunityId opportunity = actAs.user(provider, () -> {
            OpportunityId id =
                    opportunities.create(Postings.opportunity("COPD inhaler technique " + word, null, false));
            opportunities.publish(id, opportunities.find(id).orElseThrow().version());
            return id;
        });
        Page page = pages().login(startup, PortalPages.PASSWORD);
        page.navigate(base() + "/matches/" + need + "/" + opportunity);
        String shared = page.locator(".matching-words").innerText();
        assertThat(shared).startsWith("Shared words: ");
        List<String> words = Arrays.stream(
                        shared.substring("Shared words: ".length()).split(", "))
                .map(String::strip)
                .toList();
        assertThat(words).contains("COPD", "inhaler");
        assertThat(words.stream().map(w -> w.toLowerCase(Locale.ROOT)))
                .doesNotContain("our", "we", "want", "30")
                .doesNotHaveDuplicates();
        assertThat(page.locator(".snippet .hit").allInnerTexts())
                .allSatisfy(hit -> assertThat(hit.toLowerCase(Locale.ROOT)).isNotIn("our", "we", "want", "30"));
    }

    @Test
    void aProgramManagersApprovalNoteReachesTheRequesterAndOnlyTheChosenStepsFieldsShow() {
        String word = "zq" + TestData.unique("n").replaceAll("[^a-z0-9]", "");
        String startup = members.member(OrganizationType.STARTUP, true);
        String provider = members.member(OrganizationType.PROVIDER, true);
        NeedId need = actAs.user(startup, () -> {
            NeedId id = needs.create(Postings.need("Sepsis early warning " + word));
            needs.publish(id, needs.find(id).orElseThrow().version());
            return id;
        });
        OpportunityId opportunity = actAs.user(provider, () -> {
            OpportunityId id = opportunities.create(Postings.opportunity("Sepsis in the ED " + word, null, false));
            opportunities.publish(id, opportunities.find(id).orElseThrow().version());
            return id;
        });
        IntroductionId id =
                actAs.user(startup, () -> introductions.request(need, opportunity, "We would like to meet. " + word));

        Page manager = pages().login(TestData.DEMO_PROGRAM_MANAGER, TestData.DEMO_PASSWORD);
        manager.navigate(base() + "/introductions/" + id);
        assertThat(manager.getByLabel("Question for the requester")).isHidden();
        assertThat(manager.getByText("Reason", new Page.GetByTextOptions().setExact(true)))
                .isHidden();
        manager.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Decline"))
                .check();
        assertThat(manager.getByText("Reason", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        manager.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Approve"))
                .check();
        manager.getByLabel("Note to both sides (optional): why this pair, what to talk about first")
                .fill("Both teams met at our demo day; start with the triage workflow.");
        Chromium.screenshot(manager, "52-approve-with-a-note");
        PortalPages.button(manager, "Approve").click();
        assertThat(manager.locator(".status-badge")).hasText("Waiting for an answer");

        Page requester = pages().login(startup, PortalPages.PASSWORD);
        requester.navigate(base() + "/introductions/" + id);
        assertThat(requester.locator(".program-note"))
                .hasText("Note from the program: Both teams met at our demo day; start with the triage workflow.");
    }

    @Test
    void aMistypedAddressShowsThePortalsPageNotFound() {
        Page page = pages().login(TestData.DEMO_STARTUP, TestData.DEMO_PASSWORD);
        for (String address : List.of("/organisations", "/needs/view", "/no/such/page")) {
            Response response = page.navigate(base() + address);
            assertThat(response.headerValue("content-type")).as(address).startsWith("text/html");
            assertThat(page.getByText("Page not found")).isVisible();
        }
        Chromium.screenshot(page, "53-page-not-found");
    }

    @Test
    void theAuditTrailSaysWhatHappenedInWordsAndNamesItsSubjects() {
        String provider = members.member(OrganizationType.PROVIDER, true);
        Page page = pages().login(TestData.DEMO_PROGRAM_MANAGER, TestData.DEMO_PASSWORD);
        page.navigate(base() + "/audit");
        assertThat(page.locator("vaadin-grid-cell-content")
                        .getByText("Organization verified")
                        .first())
                .isVisible();
        List<String> cells = page.locator("vaadin-grid-cell-content").allInnerTexts();
        assertThat(cells)
                .noneMatch(cell -> cell.matches("(LOGIN|ACCOUNT|ORGANIZATION|NEED|OPPORTUNITY|INTRODUCTION)_[A-Z_]+"));
        assertThat(cells).anyMatch(cell -> cell.startsWith("Organization: Test Org"));
        assertThat(cells).noneMatch(cell -> cell.equals("anonymousUser"));
        Chromium.screenshot(page, "54-audit-trail-in-words");
    }

    private PortalPages pages() {
        return new PortalPages(chromium, base());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
