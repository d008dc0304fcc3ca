package org.marketaccess.portal.introduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.marketaccess.portal.testing.TestMailServer.addresses;
import static org.marketaccess.portal.testing.TestMailServer.text;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.introduction.internal.IntroductionSweep;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.notification.NotificationService;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.Members;
import org.marketaccess.portal.testing.Postings;
import org.marketaccess.portal.testing.TestData;
import org.marketaccess.portal.testing.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Which e-mails reach whom for each step of an introduction, over real SMTP (GreenMail): one mail
 * per party and step, the program manager in copy of the introduction, contact persons only in it.
 */
@IntegrationTest
class IntroductionMailIT {

    static final String PM = TestData.DEMO_PROGRAM_MANAGER;
    static final int SMTP_PORT = TestMailServer.freePort();
    static final GreenMail smtp = TestMailServer.onPort(SMTP_PORT);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        TestMailServer.register(properties, SMTP_PORT);
    }

    @Autowired
    IntroductionService introductions;

    @Autowired
    NeedService needs;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    NotificationService notifications;

    @Autowired
    IntroductionSweep sweep;

    @Autowired
    Members members;

    @Autowired
    ActAs actAs;

    @Autowired
    JdbcTemplate jdbc;

    String word;
    String startup;
    String provider;

    @BeforeAll
    static void startMailServer() {
        smtp.start();
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @BeforeEach
    void organizations() {
        word = TestData.unique("m").replace("-", "");
        startup = members.member(OrganizationType.STARTUP, true);
        provider = members.member(OrganizationType.PROVIDER, true);
    }

    @Test
    void eachStepOfAMadeIntroductionMailsTheRightPeople() throws Exception {
        IntroductionId id = request(publishNeed("Made"), publishOpportunity());
        awaitMails(PM, "New introduction request to review", 1);

        approve(id);
        assertThat(text(awaitMails(startup, "Introduction request:", 1).getFirst()))
                .contains("approved your introduction request");
        assertThat(text(awaitMails(provider, "Introduction request:", 1).getFirst()))
                .contains("Please accept or decline in the portal by")
                .doesNotContain(IntroductionServiceIT.contactOf(startup));

        actAs.user(provider, () -> introductions.accept(id, version(provider, id)));
        MimeMessage toStartup = awaitMails(startup, "Introduction: ", 1).getFirst();
        MimeMessage toProvider = awaitMails(provider, "Introduction: ", 1).getFirst();
        awaitMails(PM, "Introduction: ", 2);
        assertThat(addresses(toStartup.getRecipients(Message.RecipientType.TO))).containsExactly(startup);
        assertThat(addresses(toStartup.getRecipients(Message.RecipientType.CC))).containsExactly(PM);
        assertThat(addresses(toProvider.getRecipients(Message.RecipientType.TO)))
                .containsExactly(provider);
        assertThat(addresses(toProvider.getRecipients(Message.RecipientType.CC)))
                .containsExactly(PM);
        for (MimeMessage mail : List.of(toStartup, toProvider)) {
            assertThat(text(mail))
                    .contains(IntroductionServiceIT.contactOf(startup), IntroductionServiceIT.contactOf(provider));
        }

        // what each person got about this introduction, and nothing more
        assertThat(subjects(startup))
                .containsExactly(
                        "Introduction request: " + title("Made") + " / " + opportunityTitle(),
                        "Introduction: " + title("Made") + " / " + opportunityTitle());
        assertThat(subjects(provider)).hasSize(2);
        assertThat(subjects(PM)).hasSize(3);
        for (String earlier : List.of("New introduction request", "Introduction request:")) {
            assertThat(bodies(earlier))
                    .noneMatch(body -> body.contains(IntroductionServiceIT.contactOf(startup))
                            || body.contains(IntroductionServiceIT.contactOf(provider)));
        }

        // the in-app side of the same steps
        actAs.user(provider, () -> assertThat(notifications.unreadCount()).isEqualTo(2));
    }

    @Test
    void declinesQuestionsWithdrawalsRemindersAndExpiryMailWhomTheyConcern() throws Exception {
        OpportunityId opportunity = publishOpportunity();

        IntroductionId asked = request(publishNeed("Asked"), opportunity);
        actAs.user(PM, () -> introductions.askForInformation(asked, "Which sites?", version(PM, asked)));
        assertThat(awaitMails(startup, "The program asks for more information: " + title("Asked"), 1)
                        .getFirst())
                .satisfies(mail -> assertThat(text(mail)).contains("Which sites?"));

        actAs.user(
                startup, () -> introductions.resubmit(asked, "Two sites in Boston. " + word, version(startup, asked)));
        awaitMails(PM, "Introduction request resubmitted: " + title("Asked"), 1);

        IntroductionId byProgram = request(publishNeed("Program"), opportunity);
        actAs.user(
                PM,
                () -> introductions.declineAsProgram(
                        byProgram, DeclineReason.TOO_EARLY, "After CE marking", version(PM, byProgram)));
        assertThat(text(awaitMails(startup, "declined by the program: " + title("Program"), 1)
                        .getFirst()))
                .contains("Too early", "After CE marking");

        IntroductionId byRecipient = request(publishNeed("Recipient"), opportunity);
        approve(byRecipient);
        actAs.user(
                provider,
                () -> introductions.declineAsRecipient(
                        byRecipient, DeclineReason.NO_CAPACITY, null, version(provider, byRecipient)));
        awaitMails(startup, "Introduction request declined: " + title("Recipient"), 1);
        awaitMails(PM, "Introduction request declined: " + title("Recipient"), 1);

        IntroductionId withdrawn = request(publishNeed("Withdrawn"), opportunity);
        approve(withdrawn);
        actAs.user(startup, () -> introductions.withdraw(withdrawn, version(startup, withdrawn)));
        awaitMails(provider, "withdrawn: " + title("Withdrawn"), 1);
        awaitMails(PM, "withdrawn: " + title("Withdrawn"), 1);

        IntroductionId expiring = request(publishNeed("Expiring"), opportunity);
        approve(expiring);
        setExpiry(expiring, Instant.now().plus(Duration.ofDays(1)));
        sweep.sweep();
        awaitMails(provider, "Reminder: please answer", 1);
        setExpiry(expiring, Instant.now().minusSeconds(1));
        sweep.sweep();
        for (String person : List.of(startup, provider, PM)) {
            awaitMails(person, "expired: " + title("Expiring"), 1);
        }

        IntroductionId made = request(publishNeed("Outcome"), opportunity);
        approve(made);
        actAs.user(provider, () -> introductions.accept(made, version(provider, made)));
        actAs.user(
                provider,
                () -> introductions.recordOutcome(
                        made, Outcome.MEETING_HELD, "Kick-off done", version(provider, made)));
        assertThat(text(awaitMails(startup, "Introduction outcome: Meeting held", 1)
                        .getFirst()))
                .contains("Kick-off done");
        awaitMails(PM, "Introduction outcome: Meeting held", 1);

        // nobody got a mail that was not theirs: the recipient heard nothing of the requests the
        // program declined or sent back, and the requester nothing of the reminder
        Thread.sleep(500);
        assertThat(subjects(provider))
                .noneMatch(subject -> subject.contains(title("Asked")) || subject.contains(title("Program")));
        assertThat(subjects(startup)).noneMatch(subject -> subject.startsWith("Reminder"));
        assertThat(subjects(provider))
                .as("the side that recorded the outcome is not told about it")
                .noneMatch(subject -> subject.startsWith("Introduction outcome"));
        assertThat(subjects(startup))
                .filteredOn(subject -> subject.contains(title("Recipient")))
                .hasSize(2);
    }

    // --- helpers --------------------------------------------------------------------------------

    IntroductionId request(NeedId need, OpportunityId opportunity) {
        return actAs.user(startup, () -> introductions.request(need, opportunity, "Please introduce us. " + word));
    }

    void approve(IntroductionId id) {
        actAs.user(PM, () -> introductions.approve(id, version(PM, id)));
    }

    long version(String who, IntroductionId id) {
        return actAs.user(who, () -> introductions.details(id)).orElseThrow().version();
    }

    String title(String kind) {
        return kind + " need " + word;
    }

    String opportunityTitle() {
        return "Pilot " + word;
    }

    NeedId publishNeed(String kind) {
        return actAs.user(startup, () -> {
            NeedId id = needs.create(Postings.need(title(kind)));
            needs.publish(id, needs.find(id).orElseThrow().version());
            return id;
        });
    }

    OpportunityId publishOpportunity() {
        return actAs.user(provider, () -> {
            OpportunityId id = opportunities.create(Postings.opportunity(opportunityTitle(), null, false));
            opportunities.publish(id, opportunities.find(id).orElseThrow().version());
            return id;
        });
    }

    void setExpiry(IntroductionId id, Instant at) {
        jdbc.update("update introduction set expires_at = ? where id = ?", Timestamp.from(at), id.value());
    }

    /** Waits until {@code person} holds exactly {@code count} mails of this test whose subject contains the text. */
    List<MimeMessage> awaitMails(String person, String subjectPart, int count) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mails(person, subjectPart).size() >= count);
        List<MimeMessage> found = mails(person, subjectPart);
        assertThat(found).as(person + " / " + subjectPart).hasSize(count);
        return found;
    }

    /** The mails delivered to one person's mailbox (the SMTP envelope, not the headers) in this test. */
    List<MimeMessage> mails(String person, String subjectPart) {
        GreenMailUser user = smtp.getUserManager().getUserByEmail(person);
        if (user == null) {
            return List.of();
        }
        try {
            List<MimeMessage> found = new ArrayList<>();
            for (StoredMessage stored :
                    smtp.getManagers().getImapHostManager().getInbox(user).getMessages()) {
                MimeMessage mail = stored.getMimeMessage();
                String subject = mail.getSubject();
                if (subject.contains(word) && subject.contains(subjectPart)) {
                    found.add(mail);
                }
            }
            return found;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> subjects(String person) throws MessagingException {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : mails(person, "")) {
            subjects.add(mail.getSubject());
        }
        return subjects;
    }

    List<String> bodies(String subjectPart) {
        Map<String, String> bodies = new TreeMap<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            try {
                if (mail.getSubject().contains(word) && mail.getSubject().contains(subjectPart)) {
                    bodies.put(mail.getMessageID(), text(mail));
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.copyOf(bodies.values());
    }
}
