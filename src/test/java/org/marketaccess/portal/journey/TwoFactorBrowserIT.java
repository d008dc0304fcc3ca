package org.marketaccess.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.identity.AccountService;
import org.marketaccess.portal.identity.NewAccount;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.identity.internal.Totp;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.BrowserTest;
import org.marketaccess.portal.testing.Chromium;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A program manager's first login after two-factor login became required: enrolment with the
 * secret read from the page (the test plays the authenticator app), then the code after the password,
 * and a recovery code that works once.
 */
@BrowserTest
@TestPropertySource(properties = "portal.security.two-factor.staff=required")
class TwoFactorBrowserIT {

    static final String PASSWORD = "a long enough passphrase";

    static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

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
    void aProgramManagerEnrolsThenLogsInWithACodeAndARecoveryCodeWorksOnce() {
        String manager = newProgramManager();
        Page page = chromium.newPage(1366, 900);
        Chromium.submitLogin(page, url(""), manager, PASSWORD);
        assertThat(page.getByText("needs a second factor")).isVisible();
        page.navigate(url("/organizations"));
        // no way around enrolment
        assertThat(page.getByText("needs a second factor")).isVisible();
        Chromium.screenshot(page, "80-two-factor/enrol-1366");

        String secret = page.locator(".two-factor-secret").getAttribute("data-secret");
        codeField(page, "Code from the app").fill(Totp.code(secret, Instant.now()));
        button(page, "Turn on two-factor login").click();
        assertThat(page.locator(".recovery-codes li")).hasCount(10);
        List<String> recoveryCodes = page.locator(".recovery-codes li").allInnerTexts();
        Chromium.screenshot(page, "80-two-factor/recovery-codes-1366");
        button(page, "I have kept my recovery codes").click();
        assertThat(page.getByText("Welcome,")).isVisible();
        logOut(page);

        Chromium.submitLogin(page, url(""), manager, PASSWORD);
        assertThat(page.getByText("Enter the 6-digit code")).isVisible();
        Chromium.screenshot(page, "80-two-factor/code-1366");
        // the enrolment spent this time step's code: the app's next one is accepted (one step of drift)
        codeField(page, "Code from the app or a recovery code")
                .fill(Totp.code(secret, Instant.now().plus(Totp.STEP)));
        button(page, "Continue").click();
        assertThat(page.getByText("Welcome,")).isVisible();
        logOut(page);

        Chromium.submitLogin(page, url(""), manager, PASSWORD);
        codeField(page, "Code from the app or a recovery code").fill(recoveryCodes.get(0));
        button(page, "Continue").click();
        assertThat(page.getByText("Welcome,")).isVisible();
        logOut(page);

        Chromium.submitLogin(page, url(""), manager, PASSWORD);
        codeField(page, "Code from the app or a recovery code").fill(recoveryCodes.get(0));
        button(page, "Continue").click();
        assertThat(page.getByText("not right, or it was already used")).isVisible();
    }

    @Test
    void enrolmentAndTheCodePromptFitAPhone() {
        String manager = newProgramManager();
        Page page = chromium.newPage(390, 844);
        Chromium.submitLogin(page, url(""), manager, PASSWORD);
        assertThat(page.getByText("needs a second factor")).isVisible();
        Chromium.screenshot(page, "80-two-factor/enrol-390");
        String secret = page.locator(".two-factor-secret").getAttribute("data-secret");
        codeField(page, "Code from the app").fill(Totp.code(secret, Instant.now()));
        button(page, "Turn on two-factor login").click();
        button(page, "I have kept my recovery codes").click();
        assertThat(page.getByText("Welcome,")).isVisible();

        Page again = chromium.newPage(390, 844);
        Chromium.submitLogin(again, url(""), manager, PASSWORD);
        assertThat(again.getByText("Enter the 6-digit code")).isVisible();
        Chromium.screenshot(again, "80-two-factor/code-390");
        org.assertj.core.api.Assertions.assertThat(
                        (Boolean) again.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling")
                .isTrue();
    }

    private String newProgramManager() {
        String email = TestData.unique("pm") + "@example.org";
        actAs.user(
                TestData.DEMO_ADMIN,
                () -> accounts.createAccount(new NewAccount(email, "Pat Manager", PASSWORD, Roles.PROGRAM_MANAGER)));
        return email;
    }

    private static com.microsoft.playwright.Locator codeField(Page page, String label) {
        return page.getByRole(
                AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    private static com.microsoft.playwright.Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void logOut(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                .click();
        assertThat(page.getByText("Welcome,")).hasCount(0);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
