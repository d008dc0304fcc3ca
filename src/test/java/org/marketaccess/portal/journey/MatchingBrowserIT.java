package org.marketaccess.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.BrowserTest;
import org.marketaccess.portal.testing.Chromium;
import org.marketaccess.portal.testing.Postings;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A provider keeps "Matching innovations" open; a startup publishes a need in its editor; the need
 * appears on the provider's page, with its reasons, within one second.
 */
@BrowserTest
class MatchingBrowserIT {

    static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    ActAs actAs;

    @Autowired
    NeedService needs;

    @Autowired
    OpportunityService opportunities;

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
    void aNeedPublishedInTheUiAppearsInTheProvidersMatchingInnovationsWithinOneSecond() {
        String word = "zq" + TestData.unique("m").replaceAll("[^a-z0-9]", "");
        OpportunityId opportunity = actAs.user(TestData.DEMO_PROVIDER, () -> {
            OpportunityId id = opportunities.create(
                    Postings.opportunity("COPD readmissions after discharge " + word, null, false));
            opportunities.publish(id, opportunities.find(id).orElseThrow().version());
            return id;
        });
        String title = "COPD home monitoring with nurse triage " + word;
        NeedId need = actAs.user(TestData.DEMO_STARTUP, () -> needs.create(Postings.need(title)));

        Page provider = login(TestData.DEMO_PROVIDER);
        provider.navigate(base() + "/matching-innovations/" + opportunity);
        assertThat(provider.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Matching innovations")))
                .isVisible();
        Locator card = provider.locator("[data-posting='" + need + "']");
        assertThat(card).hasCount(0);

        Page startup = login(TestData.DEMO_STARTUP);
        startup.navigate(base() + "/needs/edit/" + need);
        startup.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish"))
                .click();
        startup.getByText("Published: the other side can see it now.").waitFor();
        long published = System.nanoTime();

        card.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        long appearedMillis = (System.nanoTime() - published) / 1_000_000;
        System.out.printf("Matching innovations showed the published need after %d ms%n", appearedMillis);
        assertThat(appearedMillis).as("milliseconds from published to shown").isLessThan(1_000);

        assertThat(card).containsText(title);
        assertThat(card).containsText("Score");
        assertThat(card).containsText("Respiratory");
        assertThat(card).containsText("Shared words");
        assertThat(card.locator(".hit").first()).isVisible();
        Chromium.screenshot(provider, "20-provider-matching-innovations");

        card.getByRole(AriaRole.LINK).first().click();
        assertThat(provider.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Match")))
                .isVisible();
        assertThat(provider.locator(".side-by-side")).containsText(title);
        Chromium.screenshot(provider, "21-match-detail");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private Page login(String email) {
        Page page = chromium.newPage();
        Chromium.submitLogin(page, base(), email, TestData.DEMO_PASSWORD);
        assertThat(page.getByText("Welcome,")).isVisible();
        return page;
    }
}
