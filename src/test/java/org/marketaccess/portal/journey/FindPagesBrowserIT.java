package org.marketaccess.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.matching.MatchingService;
import org.marketaccess.portal.matching.ResultCard;
import org.marketaccess.portal.matching.SearchPage;
import org.marketaccess.portal.search.Facet;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.BrowserTest;
import org.marketaccess.portal.testing.Chromium;
import org.marketaccess.portal.testing.PortalPages;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Find pages keep their search in the address: filters of two kinds combine (AND), a reload
 * keeps them, Back returns to the search before, and each choice's count is what picking it gives.
 */
@BrowserTest
class FindPagesBrowserIT {

    static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    MatchingService matching;

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
    void anAddressWithTwoFiltersShowsTheirIntersectionAndKeepsItOnReloadAndBack() {
        Page page = pages().login(TestData.DEMO_STARTUP, TestData.DEMO_PASSWORD);
        page.navigate(base() + "/pilot-opportunities?clinicalArea=respiratory");
        List<String> respiratory = expected(Map.of(Facet.CLINICAL_AREA, Set.of("respiratory")));
        assertShows(page, respiratory);

        page.navigate(base() + "/pilot-opportunities?clinicalArea=respiratory&region=catalonia");
        List<String> both =
                expected(Map.of(Facet.CLINICAL_AREA, Set.of("respiratory"), Facet.REGION, Set.of("catalonia")));
        assertThat(both)
                .as("the demo has respiratory opportunities in and out of Catalonia")
                .isNotEmpty();
        assertThat(respiratory).hasSizeGreaterThan(both.size());
        assertShows(page, both);
        assertThat(chosen(page, "Clinical area")).containsExactly("Respiratory");
        assertThat(chosen(page, "Region")).containsExactly("Catalonia");
        Chromium.screenshot(page, "50-find-two-filters");

        page.reload();
        assertShows(page, both);
        assertThat(chosen(page, "Region")).containsExactly("Catalonia");

        page.goBack();
        page.waitForURL(Pattern.compile(".*/pilot-opportunities\\?clinicalArea=respiratory$"));
        assertShows(page, respiratory);
        assertThat(chosen(page, "Region")).isEmpty();
    }

    @Test
    void filtersPickedOnThePageCombineAndEachCountIsWhatPickingGives() {
        Page page = pages().login(TestData.DEMO_STARTUP, TestData.DEMO_PASSWORD);
        page.navigate(base() + "/pilot-opportunities");
        long respiratoryCount = count(Map.of(Facet.CLINICAL_AREA, Set.of("respiratory")));
        pick(page, "Clinical area", "Respiratory (" + respiratoryCount + ")");
        page.waitForURL(Pattern.compile(".*clinicalArea=respiratory.*"));
        assertShows(page, expected(Map.of(Facet.CLINICAL_AREA, Set.of("respiratory"))));

        long withCatalonia =
                count(Map.of(Facet.CLINICAL_AREA, Set.of("respiratory"), Facet.REGION, Set.of("catalonia")));
        pick(page, "Region", "Catalonia (" + withCatalonia + ")");
        page.waitForURL(Pattern.compile(".*region=catalonia.*"));
        assertThat(page.url()).contains("clinicalArea=respiratory");
        assertShows(
                page, expected(Map.of(Facet.CLINICAL_AREA, Set.of("respiratory"), Facet.REGION, Set.of("catalonia"))));
        assertThat(chosen(page, "Clinical area")).as("the first filter stays").containsExactly("Respiratory");
        assertThat(page.locator(".result-total")).hasText(withCatalonia + " found");
        assertThat(page.locator(".score-badge")).hasCount(0);
    }

    /** The ids the service gives the startup for these filters, in order. */
    private List<String> expected(Map<Facet, Set<String>> filters) {
        SearchPage page = actAs.user(TestData.DEMO_STARTUP, () -> matching.findOpportunities("", filters, 25));
        return page.cards().stream().map(ResultCard::id).toList();
    }

    private long count(Map<Facet, Set<String>> filters) {
        return actAs.user(TestData.DEMO_STARTUP, () -> matching.findOpportunities("", filters, 25))
                .total();
    }

    /** Waits until the page shows exactly these result cards, in this order (a live page never idles). */
    private static void assertShows(Page page, List<String> ids) {
        String wanted = ids.stream().map(id -> "\"" + id + "\"").collect(java.util.stream.Collectors.joining(","));
        try {
            page.waitForFunction(
                    "wanted => JSON.stringify([...document.querySelectorAll('.result-card')]"
                            + ".map(card => card.dataset.posting)) === JSON.stringify(wanted)",
                    ids);
        } catch (com.microsoft.playwright.TimeoutError shownOtherwise) {
            assertThat(page.locator(".result-card").evaluateAll("cards => cards.map(card => card.dataset.posting)"))
                    .as("result cards (expected [%s])", wanted)
                    .isEqualTo(ids);
        }
    }

    /** The chosen items of a multi-select filter, as chips. */
    @SuppressWarnings("unchecked")
    private static List<String> chosen(Page page, String label) {
        Locator field = page.locator("vaadin-multi-select-combo-box")
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByText(label, new Page.GetByTextOptions().setExact(true))));
        return ((List<String>) field.evaluate("field => field.selectedItems.map(item => item.label)"))
                .stream().map(text -> text.replaceAll(" \\(\\d+\\)$", "")).toList();
    }

    private static void pick(Page page, String label, String option) {
        page.getByRole(
                        AriaRole.COMBOBOX,
                        new Page.GetByRoleOptions().setName(label).setExact(true))
                .click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(option).setExact(true))
                .click();
        page.keyboard().press("Escape");
    }

    private PortalPages pages() {
        return new PortalPages(chromium, base());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
