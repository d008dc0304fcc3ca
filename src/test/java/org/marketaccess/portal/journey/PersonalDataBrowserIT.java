package org.marketaccess.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.testing.AccountMailbox;
import org.marketaccess.portal.testing.BrowserTest;
import org.marketaccess.portal.testing.Chromium;
import org.marketaccess.portal.testing.PortalPages;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A startup's member downloads their data and deletes their account, in a real Chromium (decision 023). */
@BrowserTest
class PersonalDataBrowserIT {

    @Autowired
    AccountMailbox mailbox;

    static Chromium chromium;

    @LocalServerPort
    int port;

    @BeforeAll
    static void start() {
        chromium = new Chromium();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aMemberDownloadsTheirDataAsJsonThenDeletesTheirAccount() throws IOException {
        String tag = TestData.unique("privacy");
        String organization = "Larkspur Telecare " + tag;
        PortalPages pages = new PortalPages(chromium, "http://localhost:" + port);
        String member = pages.registerStartup(organization, tag);
        pages.confirmEmail(mailbox.latestSecret("email_verification", member));
        pages.verify(pages.login(TestData.DEMO_PROGRAM_MANAGER, TestData.DEMO_PASSWORD), organization);
        Page startup = login(pages, member, PortalPages.PASSWORD, 1366);
        pages.publishNeed(startup, "Night-time fall detection " + tag);

        startup.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Personal data"))
                .click();
        assertThat(startup.locator("#download-my-data")).isVisible();
        Chromium.screenshot(startup, "privacy-01-personal-data-1366");
        Download download = startup.waitForDownload(
                () -> startup.locator("#download-my-data").click());
        assertThat(download.suggestedFilename()).isEqualTo("my-data.json");
        JsonNode data = JsonMapper.builder().build().readTree(Files.readString(download.path()));
        assertThat(data.get("account").get("email").asString()).isEqualTo(member);
        assertThat(data.get("organization").get("name").asString()).isEqualTo(organization);
        assertThat(data.get("needs").toString()).contains("Night-time fall detection " + tag);

        Page phone = login(pages, member, PortalPages.PASSWORD, 390);
        phone.navigate(pages.url("/account/data"));
        assertThat(phone.locator("#download-my-data")).isVisible();
        Chromium.screenshot(phone, "privacy-02-personal-data-390");

        phone.getByLabel("Your current password").fill(PortalPages.PASSWORD);
        PortalPages.button(phone, "Delete my account").click();
        assertThat(phone.getByRole(AriaRole.DIALOG)).containsText("Delete your account for good?");
        Chromium.screenshot(phone, "privacy-03-confirm-deletion-390");
        phone.getByRole(AriaRole.DIALOG)
                .getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Delete my account"))
                .click();
        // signed out: the public front page
        assertThat(phone.locator(".landing")).isVisible();
        Chromium.screenshot(phone, "privacy-04-deleted-signed-out-390");

        // the old password no longer signs in
        Page again = chromium.newPage(1366, 900);
        Chromium.submitLogin(again, pages.url(""), member, PortalPages.PASSWORD);
        assertThat(again.getByText("Incorrect e-mail or password")).isVisible();
        Chromium.screenshot(again, "privacy-05-old-password-refused-1366");

        // the address is free again: registering with it makes a new account
        assertThat(pages.registerStartup("Larkspur Again " + tag, tag)).isEqualTo(member);
    }

    private static Page login(PortalPages pages, String email, String password, int width) {
        Page page = chromium.newPage(width, 900);
        Chromium.submitLogin(page, pages.url(""), email, password);
        assertThat(page.getByText("Welcome,")).isVisible();
        return page;
    }
}
