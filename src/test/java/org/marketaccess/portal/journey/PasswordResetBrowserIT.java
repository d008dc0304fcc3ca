package org.marketaccess.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.testing.BrowserTest;
import org.marketaccess.portal.testing.Chromium;
import org.marketaccess.portal.testing.Members;
import org.marketaccess.portal.testing.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 14: "Forgot password?" in a real Chromium, with the link read from the mail that reached a
 * real SMTP server (GreenMail); the used link then says so. At a laptop's and a phone's width.
 */
@BrowserTest
class PasswordResetBrowserIT {

    static final int SMTP_PORT = TestMailServer.freePort();
    static final GreenMail smtp = TestMailServer.onPort(SMTP_PORT);
    static final Pattern LINK = Pattern.compile("https?://[^/\\s]+/(reset-password\\?token=[A-Za-z0-9_-]+)");
    static Chromium chromium;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        TestMailServer.register(properties, SMTP_PORT);
    }

    @LocalServerPort
    int port;

    @Autowired
    Members members;

    @BeforeAll
    static void start() {
        smtp.start();
        chromium = new Chromium();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        smtp.stop();
    }

    @ParameterizedTest
    @ValueSource(ints = {1366, 390})
    void aMemberResetsTheForgottenPasswordThroughTheMailedLinkAndTheLinkThenSaysItWasUsed(int width) throws Exception {
        String email = members.member(OrganizationType.PROVIDER, true);
        String newPassword = "a lighthouse keeps its lamp lit";
        String shot = "reset-" + width + "-";
        Page page = chromium.newPage(width, 860);

        page.navigate(url("/login"));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Forgot password?"))
                .click();
        assertThat(page.getByText("Forgot your password?")).isVisible();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Your e-mail"))
                .fill(email);
        Chromium.screenshot(page, shot + "01-forgot-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the link"))
                .click();
        assertThat(page.getByText("Check your e-mail")).isVisible();
        assertThat(page.getByText("If an account uses " + email)).isVisible();
        Chromium.screenshot(page, shot + "02-link-sent");

        String path = linkInMailTo(email);
        page.navigate(url("/" + path));
        assertThat(page.getByText("Set a new password").first()).isVisible();
        // the secret left the address bar
        assertThat(page).hasURL(url("/reset-password"));
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
                .fill(newPassword);
        page.getByLabel("Repeat the new password", new Page.GetByLabelOptions().setExact(true))
                .fill(newPassword);
        Chromium.screenshot(page, shot + "03-new-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set the new password"))
                .click();
        assertThat(page.getByText("Your password was changed")).isVisible();
        Chromium.screenshot(page, shot + "04-password-changed");

        Page member = chromium.newPage(width, 860);
        Chromium.submitLogin(member, url(""), email, newPassword);
        assertThat(member.getByText("Welcome,")).isVisible();

        Page again = chromium.newPage(width, 860);
        again.navigate(url("/" + path));
        assertThat(again.getByText("This link has been used already")).isVisible();
        assertThat(again.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Send another link")))
                .isVisible();
        Chromium.screenshot(again, shot + "05-link-used");
    }

    private String linkInMailTo(String email) throws Exception {
        for (int wait = 0; wait < 100; wait++) {
            for (MimeMessage mail : smtp.getReceivedMessages()) {
                if (Arrays.toString(mail.getAllRecipients()).contains(email)) {
                    Matcher link = LINK.matcher(TestMailServer.text(mail));
                    if (link.find()) {
                        return link.group(1);
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No reset mail reached " + email);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
