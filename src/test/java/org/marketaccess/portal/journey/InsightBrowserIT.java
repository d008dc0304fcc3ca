package org.marketaccess.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketaccess.portal.dataset.DatasetImportService;
import org.marketaccess.portal.dataset.ImportProgress;
import org.marketaccess.portal.identity.SystemAuthentication;
import org.marketaccess.portal.testing.BrowserTest;
import org.marketaccess.portal.testing.Chromium;
import org.marketaccess.portal.testing.HistorySet;
import org.marketaccess.portal.testing.PortalPages;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Insight in Chromium, on the living demo (a year of history) plus a past the test knows: the
 * program manager narrows the dashboard to the test's hub, changes the period and a filter and sees
 * the funnel move to the expected figures; downloads a table as CSV and everything as XLSX and both
 * read back the same figures. Startups and providers do not get the page.
 */
@BrowserTest
@TestPropertySource(properties = {"portal.demo.introductions=true", "portal.demo.history=true"})
class InsightBrowserIT {

    static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    DatasetImportService imports;

    @Autowired
    Clock clock;

    @TempDir
    Path directory;

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
    void aProgramManagerNarrowsTheFunnelAndDownloadsWhatTheyRead() throws IOException {
        HistorySet set = new HistorySet(clock.instant());
        SystemAuthentication.runAsSystem(() -> imports.importDirectory(set.write(directory), ImportProgress.NONE));
        PortalPages pages = new PortalPages(chromium, base());
        Page page = pages.login(TestData.DEMO_PROGRAM_MANAGER, TestData.DEMO_PASSWORD);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Insight").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Insight")))
                .isVisible();
        assertThat(page.locator("#insight-funnel img")).isVisible();

        Locator organization = page.getByRole(
                AriaRole.COMBOBOX,
                new Page.GetByRoleOptions()
                        .setName("Organization (either side)")
                        .setExact(true));
        organization.fill(set.hubName);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(set.hubName))
                .click();
        // the last 90 days: all eleven of the set's requests
        assertThat(figure(page, "requested")).hasText("11");
        assertThat(figure(page, "introduced")).hasText("3");
        assertThat(figure(page, "pilot_agreed")).hasText("2");
        assertThat(figure(page, "contract_signed")).hasText("1");

        PortalPages.select(page, "Period", "Last 30 days");
        // J, K and L were requested in the last 30 days; K and L approved, none introduced yet
        assertThat(figure(page, "requested")).hasText("3");
        assertThat(figure(page, "introduced")).hasText("0");

        Locator region = page.getByRole(
                AriaRole.COMBOBOX,
                new Page.GetByRoleOptions()
                        .setName("Cluster or region (either side)")
                        .setExact(true));
        region.fill("Catalonia");
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName("Catalonia").setExact(true))
                .click();
        // only L involves Beta, in Catalonia
        assertThat(figure(page, "requested")).hasText("1");
        Chromium.screenshot(page, "40-insight-narrowed");

        List<String> csv = csvLines(page.waitForDownload(
                () -> page.locator("#insight-funnel a.insight-csv").click()));
        assertThat(csv.getFirst()).startsWith("Stage,Reached,");
        assertThat(csv.get(1)).startsWith("Requests made,1,,");
        assertThat(csv.get(2)).startsWith("Approved by the program,1,100.0,100.0,2.0,2.0,");
        assertThat(csv.get(3)).startsWith("Introductions made,0,0.0,0.0,,,");

        Download workbook =
                page.waitForDownload(() -> page.locator("#insight-workbook").click());
        assertThat(workbook.suggestedFilename()).endsWith(".xlsx");
        try (InputStream in = Files.newInputStream(workbook.path());
                ReadableWorkbook read = new ReadableWorkbook(in)) {
            List<Sheet> sheets = read.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).contains("funnel", "trend", "responders", "by-score");
            List<Row> funnel = sheets.getFirst().read();
            assertThat(funnel.get(0).getCellText(0)).isEqualTo("Requests of the period through the funnel");
            assertThat(funnel.get(1).getCellText(0))
                    .contains("Catalonia".toLowerCase())
                    .contains(set.hubName);
            assertThat(funnel.get(2).getCellText(1)).isEqualTo("Reached");
            assertThat(funnel.get(3).getCellText(0)).isEqualTo("Requests made");
            assertThat(funnel.get(3).getCellAsNumber(1).orElseThrow()).isEqualByComparingTo("1");
            assertThat(funnel.get(4).getCellText(0)).isEqualTo("Approved by the program");
            assertThat(funnel.get(4).getCellAsNumber(3).orElseThrow())
                    .as("a share is a fraction, shown as a percentage")
                    .isEqualByComparingTo("1");
        }
    }

    @Test
    void theDashboardFitsADesktopAndAPhone() {
        PortalPages pages = new PortalPages(chromium, base());
        Page page = pages.login(TestData.DEMO_PROGRAM_MANAGER, TestData.DEMO_PASSWORD);
        for (int width : new int[] {1366, 390}) {
            page.setViewportSize(width, 900);
            page.navigate(base() + "/insight");
            assertThat(page.locator("#insight-trend img")).isVisible();
            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("no sideways scrolling at %d px", width)
                    .isTrue();
            // the layout scrolls inside the page: a tall window shows the whole dashboard at once
            page.setViewportSize(width, width > 800 ? 9_000 : 16_000);
            assertThat(page.locator("#insight-trend img")).isVisible();
            Chromium.screenshot(page, "41-insight-" + width);
        }
    }

    @Test
    void startupsAndProvidersDoNotGetThePage() {
        PortalPages pages = new PortalPages(chromium, base());
        for (String member : List.of(TestData.DEMO_STARTUP, TestData.DEMO_PROVIDER)) {
            Page page = pages.login(member, TestData.DEMO_PASSWORD);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Insight")))
                    .hasCount(0);
            page.navigate(base() + "/insight");
            assertThat(page.getByText("Page not found")).isVisible();
            assertThat(page.locator(".insight-view")).hasCount(0);
        }
    }

    private static Locator figure(Page page, String stage) {
        return page.locator("#insight-figure-" + stage + " .figure-value");
    }

    private static List<String> csvLines(Download download) throws IOException {
        String text = Files.readString(download.path(), StandardCharsets.UTF_8);
        return text.replace("\uFEFF", "").lines().collect(Collectors.toList());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
