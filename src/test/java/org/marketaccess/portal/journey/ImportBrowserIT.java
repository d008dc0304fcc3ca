package org.marketaccess.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.testing.BrowserTest;
import org.marketaccess.portal.testing.Chromium;
import org.marketaccess.portal.testing.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A program manager uploads a data set in Chromium: a broken one is refused line by line, a good one imported. */
@BrowserTest
class ImportBrowserIT {

    static final Path PUBLIC = Path.of(System.getenv().getOrDefault("PORTAL_EVAL_PUBLIC", "../shared/eval/public"));
    static final String[] FILES = {"organizations.jsonl", "needs.jsonl", "opportunities.jsonl"};

    static Chromium chromium;

    @LocalServerPort
    int port;

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
    void aBrokenSetIsRefusedWithItsLineAndTheGoodOneIsImported() throws IOException {
        Page page = chromium.newPage();
        Chromium.submitLogin(page, "http://localhost:" + port, TestData.DEMO_PROGRAM_MANAGER, TestData.DEMO_PASSWORD);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Import data").setExact(true))
                .click();

        upload(page, brokenCopy());
        assertThat(page.locator("#import-result"))
                .containsText("Nothing was imported: 3 problems in the lines listed below");
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("not valid JSON")))
                .hasCount(1);
        // both problems of line 3, then line 7: the report reads like the file
        List<String> cells = page.locator("vaadin-grid-cell-content").allInnerTexts();
        int robots = indexOf(cells, "unknown code \"robots\"");
        int atlantis = indexOf(cells, "unknown code \"atlantis\"");
        int cut = indexOf(cells, "not valid JSON");
        assertThat(robots).as("the unknown category of line 3").isNotNegative().isLessThan(cut);
        assertThat(atlantis).as("the unknown region of line 3").isNotNegative().isLessThan(cut);
        Chromium.screenshot(page, "20-import-refused");

        page.reload();
        upload(page, PUBLIC);
        assertThat(page.locator("#import-result"))
                .containsText("Organizations: 48 (48 created, 0 updated, 0 unchanged)");
        Chromium.screenshot(page, "21-import-done");
    }

    private static void upload(Page page, Path directory) {
        Path[] files = new Path[FILES.length];
        for (int i = 0; i < FILES.length; i++) {
            files[i] = directory.resolve(FILES[i]);
        }
        page.locator("vaadin-upload input[type=file]").setInputFiles(files);
        assertThat(page.getByText("Received: needs.jsonl, opportunities.jsonl, organizations.jsonl"))
                .isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check and import"))
                .click();
    }

    /** The public set with two unknown codes on line 3 of needs.jsonl and line 7 cut in half. */
    private static Path brokenCopy() throws IOException {
        Path copy = Files.createTempDirectory("broken-set");
        for (String file : FILES) {
            List<String> lines = new ArrayList<>(Files.readAllLines(PUBLIC.resolve(file)));
            if (file.equals("needs.jsonl")) {
                lines.set(
                        2,
                        lines.get(2)
                                .replace("\"categories\": [", "\"categories\": [\"robots\", ")
                                .replace("\"regions\": [", "\"regions\": [\"atlantis\", "));
                lines.set(6, lines.get(6).substring(0, lines.get(6).length() / 2));
            }
            Files.write(copy.resolve(file), lines);
        }
        return copy;
    }

    private static int indexOf(List<String> cells, String text) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
