package org.marketaccess.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.testing.BrowserTest;
import org.marketaccess.portal.testing.Chromium;
import org.marketaccess.portal.testing.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A provider publishes a pilot opportunity in Chromium; a startup then finds it. */
@BrowserTest
class PostingJourneyBrowserIT {

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
    void aProviderPublishesAnOpportunityAndAStartupFindsIt() {
        String title = "Virtual ward for frail elderly " + TestData.unique("e2e");

        Page provider = login(TestData.DEMO_PROVIDER);
        provider.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("My opportunities").setExact(true))
                .click();
        provider.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New pilot opportunity"))
                .click();
        textbox(provider, "Title").fill(title);
        textbox(provider, "Problem statement").fill("Frail elderly patients wait in hospital beds for community care.");
        choose(provider, "Categories", "Remote monitoring & wearables");
        choose(provider, "Clinical areas", "Geriatrics");
        choose(provider, "Care settings", "Home");
        Chromium.screenshot(provider, "10-provider-writes-opportunity");
        provider.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish"))
                .click();
        assertThat(provider.getByText("Published: the other side can see it now."))
                .isVisible();

        Page startup = login(TestData.DEMO_STARTUP);
        startup.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Find opportunities")
                                .setExact(true))
                .click();
        textbox(startup, "Search, e.g. remote monitoring heart failure").fill(title);
        startup.getByText(title).click();
        assertThat(startup.locator("#posting-organization")).hasText("Harborview Community Hospital");
        assertThat(startup.getByText("Frail elderly patients wait in hospital beds"))
                .isVisible();
        Chromium.screenshot(startup, "11-startup-finds-opportunity");
    }

    private Page login(String email) {
        Page page = chromium.newPage();
        // waits for the form to settle before typing: a busy machine may still be rendering it
        Chromium.submitLogin(page, "http://localhost:" + port, email, TestData.DEMO_PASSWORD);
        assertThat(page.getByText("Welcome,")).isVisible();
        return page;
    }

    private static com.microsoft.playwright.Locator textbox(Page page, String name) {
        return page.getByRole(
                AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void choose(Page page, String field, String option) {
        page.getByRole(
                        AriaRole.COMBOBOX,
                        new Page.GetByRoleOptions().setName(field).setExact(true))
                .click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(option).setExact(true))
                .click();
        page.keyboard().press("Escape");
    }
}
