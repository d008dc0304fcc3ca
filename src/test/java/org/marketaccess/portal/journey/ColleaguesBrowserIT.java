package org.marketaccess.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.testing.AccountMailbox;
import org.marketaccess.portal.testing.BrowserTest;
import org.marketaccess.portal.testing.Chromium;
import org.marketaccess.portal.testing.PortalPages;
import org.marketaccess.portal.testing.TestData;
import org.marketaccess.portal.testing.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A startup's member invites a colleague, who joins from the link in the e-mail (real SMTP, real Chromium). */
@BrowserTest
class ColleaguesBrowserIT {

    @Autowired
    AccountMailbox mailbox;

    static final int SMTP_PORT = TestMailServer.freePort();
    static final GreenMail smtp = TestMailServer.onPort(SMTP_PORT);
    static final Pattern LINK = Pattern.compile("https?://\\S+/invitation/([A-Za-z0-9_-]{43})");

    static Chromium chromium;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        TestMailServer.register(properties, SMTP_PORT);
    }

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

    @Test
    void aStartupMemberInvitesAColleagueWhoSetsAPasswordLogsInAndSeesTheOrganization() {
        String tag = TestData.unique("colleagues");
        String organization = "Wrenfield Diagnostics " + tag;
        PortalPages pages = new PortalPages(chromium, "http://localhost:" + port);
        String member = pages.registerStartup(organization, tag);
        pages.confirmEmail(mailbox.latestSecret("email_verification", member));
        pages.verify(pages.login(TestData.DEMO_PROGRAM_MANAGER, TestData.DEMO_PASSWORD), organization);
        String colleague = "colleague-" + tag + "@wrenfield.example";

        Page inviter = login(pages, member, PortalPages.PASSWORD, 1366);
        inviter.navigate(pages.url("/profile"));
        PortalPages.textbox(inviter, "Colleague's e-mail").fill(colleague);
        PortalPages.button(inviter, "Invite").click();
        assertThat(inviter.getByText("Invitation sent to " + colleague)).isVisible();
        assertThat(inviter.locator("#colleagues")).containsText(colleague);
        Chromium.screenshot(inviter, "colleagues-01-invited-1366");

        String token = tokenMailedTo(colleague);
        Page invitee = chromium.newPage(390, 844);
        invitee.navigate(pages.url("/invitation/" + token));
        assertThat(invitee.getByText("Join " + organization)).isVisible();
        PortalPages.textbox(invitee, "Your full name").fill("Ada Colleague");
        invitee.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                .fill("a colleague's own passphrase");
        Chromium.screenshot(invitee, "colleagues-02-invitation-390");
        PortalPages.button(invitee, "Join").click();
        assertThat(invitee.locator("#invitation-joined")).isVisible();
        Chromium.screenshot(invitee, "colleagues-03-joined-390");

        // the link works once
        Page again = chromium.newPage(390, 844);
        again.navigate(pages.url("/invitation/" + token));
        assertThat(again.locator("#invitation-unusable")).isVisible();

        for (int width : List.of(1366, 390)) {
            Page joined = login(pages, colleague, "a colleague's own passphrase", width);
            assertThat(joined.locator("#organization-status")).hasText("Verified");
            joined.navigate(pages.url("/profile"));
            assertThat(joined.locator("#colleagues")).containsText("Ada Colleague");
            assertThat(joined.locator("#colleagues")).containsText(member);
            Chromium.screenshot(joined, "colleagues-04-colleague-profile-" + width);
        }
    }

    private static Page login(PortalPages pages, String email, String password, int width) {
        Page page = chromium.newPage(width, 900);
        Chromium.submitLogin(page, pages.url(""), email, password);
        assertThat(page.getByText("Welcome,")).isVisible();
        return page;
    }

    private static String tokenMailedTo(String address) {
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(address) != null);
        Matcher link = LINK.matcher(TestMailServer.text(mailTo(address)));
        if (!link.find()) {
            throw new AssertionError("no invitation link in the mail to " + address);
        }
        return link.group(1);
    }

    private static MimeMessage mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> {
                    try {
                        return TestMailServer.addresses(mail.getAllRecipients()).contains(address);
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .findFirst()
                .orElse(null);
    }
}
