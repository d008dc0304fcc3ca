package org.marketaccess.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.search.MatchEngine;
import org.marketaccess.portal.search.ScoreWeights;
import org.marketaccess.portal.testing.BrowserTest;
import org.marketaccess.portal.testing.Chromium;
import org.marketaccess.portal.testing.PortalPages;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The learned ranking weights on the insight page, on the living demo's year of history (decision
 * 031): the program manager relearns them, reads what they were learned from and downloads the
 * decision history; the section fits a desktop and a phone.
 */
@BrowserTest
@TestPropertySource(properties = {"portal.demo.introductions=true", "portal.demo.history=true"})
class LearnedWeightsBrowserIT {

    static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    MatchEngine engine;

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

    @AfterEach
    void designWeightsAgainForTheOtherTests() {
        engine.use(ScoreWeights.DESIGN);
    }

    @Test
    void aProgramManagerRelearnsTheWeightsAndDownloadsTheHistory() throws IOException {
        PortalPages pages = new PortalPages(chromium, "http://localhost:" + port);
        Page page = pages.login(TestData.DEMO_PROGRAM_MANAGER, TestData.DEMO_PASSWORD);
        for (int width : new int[] {1366, 390}) {
            page.setViewportSize(width, 900);
            page.navigate("http://localhost:" + port + "/insight");
            page.locator("#learned-weights").scrollIntoViewIfNeeded();
            assertThat(page.locator("#learned-weights")).containsText("Shared words");
            PortalPages.button(page, "Relearn now").click();
            assertThat(page.getByText("Weights relearned: version")).isVisible();
            assertThat(page.locator("#learned-weights")).containsText("requests that went on");
            assertThat(page.locator("#learned-weights")).containsText("History replay");
            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("no sideways scrolling at %d px", width)
                    .isTrue();
            page.locator("#learned-weights").scrollIntoViewIfNeeded();
            Chromium.screenshot(page, "42-learned-weights-" + width);
        }
        Download history =
                page.waitForDownload(() -> page.locator("#decision-history").click());
        assertThat(history.suggestedFilename()).isEqualTo("decision-history.jsonl");
        List<String> lines = Files.readAllLines(history.path());
        assertThat(lines).isNotEmpty().allMatch(line -> line.startsWith("{\"needId\":\""));
        assertThat(lines).anyMatch(line -> line.contains("\"state\":\"INTRODUCED\""));
    }
}
