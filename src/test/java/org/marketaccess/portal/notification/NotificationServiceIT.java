package org.marketaccess.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.marketaccess.portal.testing.TestMailServer.addresses;
import static org.marketaccess.portal.testing.TestMailServer.text;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.identity.SystemAuthentication;
import org.marketaccess.portal.notification.internal.MailDispatcher;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.Members;
import org.marketaccess.portal.testing.TestData;
import org.marketaccess.portal.testing.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Notices through the service, with a real SMTP server (GreenMail) in the test JVM. Only this class
 * sets {@code spring.mail.host}, so only its application context sends by SMTP; every other test
 * context logs its mail. The sweep is slowed to an hour so that each test decides when mail is sent.
 */
@IntegrationTest
@TestPropertySource(properties = {"portal.mail.retry-interval=1h", "portal.mail.from=portal@test.example"})
class NotificationServiceIT {

    static final int SMTP_PORT = TestMailServer.freePort();
    static final GreenMail smtp = TestMailServer.onPort(SMTP_PORT);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        TestMailServer.register(properties, SMTP_PORT);
    }

    @Autowired
    NotificationService notifications;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    Members members;

    @Autowired
    ActAs actAs;

    @Autowired
    JdbcTemplate jdbc;

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
    void accounts() {
        if (!smtp.isRunning()) {
            smtp.start();
        }
        startup = members.member(OrganizationType.STARTUP, true);
        provider = members.member(OrganizationType.PROVIDER, true);
    }

    @Test
    void aNoticeReachesEveryAccountInTheAppAndOneMailGoesToAllRecipients() throws Exception {
        String copy = TestData.unique("copy") + "@example.org";
        String subject = TestData.unique("Introduction approved");
        String body = "Hello,\nyour introduction was approved. Grüße – ✓";
        String key = TestData.unique("test") + ":both";
        deliver(new Notice(key, List.of(startup, provider.toUpperCase()), List.of(copy), subject, body, "needs"));

        for (String account : List.of(startup, provider)) {
            actAs.user(account, () -> {
                assertThat(notifications.unreadCount()).isEqualTo(1);
                List<NotificationItem> mine = notifications.mine(10);
                assertThat(mine).hasSize(1);
                NotificationItem item = mine.getFirst();
                assertThat(item.subject()).isEqualTo(subject);
                assertThat(item.body()).isEqualTo(body);
                assertThat(item.link()).isEqualTo("needs");
                assertThat(item.read()).isFalse();
            });
        }

        List<MimeMessage> received = awaitMail(subject, 3);
        // one mail, one copy per recipient: the same message id everywhere
        assertThat(received.stream().map(NotificationServiceIT::messageId).distinct())
                .hasSize(1);
        MimeMessage mail = received.getFirst();
        assertThat(addresses(mail.getRecipients(Message.RecipientType.TO))).containsExactly(startup, provider);
        assertThat(addresses(mail.getRecipients(Message.RecipientType.CC))).containsExactly(copy);
        assertThat(addresses(mail.getFrom())).containsExactly("portal@test.example");
        assertThat(mail.getSubject()).isEqualTo(subject);
        assertThat(text(mail)).isEqualTo(body);
        assertThat(mail.getHeader("X-Portal-Notice")).containsExactly(key);

        Map<String, Object> row = outboxRow(key);
        assertThat(row.get("status")).isEqualTo("SENT");
        assertThat(row.get("attempts")).isEqualTo(0);
        assertThat(row.get("sent_at")).isNotNull();
    }

    @Test
    void deliveringTheSameKeyAgainAddsNothing() throws Exception {
        String key = TestData.unique("test") + ":replayed";
        String subject = TestData.unique("Once only");
        Notice notice = new Notice(key, List.of(startup), subject, "Body", null);
        deliver(notice);
        deliver(notice);
        deliver(new Notice(key, List.of(startup, provider), subject + " changed", "Other body", null));

        assertThat(jdbc.queryForObject("select count(*) from notification where notice_key = ?", Long.class, key))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where notice_key = ?", Long.class, key))
                .isEqualTo(1);
        actAs.user(provider, () -> assertThat(notifications.unreadCount()).isZero());
        awaitMail(subject, 1);
        sendPendingMailAsSystem();
        assertThat(mails(subject)).hasSize(1);
        assertThat(mails(subject + " changed")).isEmpty();
    }

    @Test
    void oneNotificationAndThenAllAreMarkedRead() {
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String subject = TestData.unique("Item " + i);
            subjects.add(subject);
            deliver(new Notice(TestData.unique("test") + ":item", List.of(startup), subject, "Body " + i, null));
        }
        actAs.user(startup, () -> {
            List<NotificationItem> mine = notifications.mine(10);
            // newest first
            assertThat(mine).extracting(NotificationItem::subject).containsExactlyElementsOf(subjects.reversed());
            assertThat(notifications.unreadCount()).isEqualTo(3);

            notifications.markRead(mine.get(1).id());
            notifications.markRead(mine.get(1).id());
            assertThat(notifications.unreadCount()).isEqualTo(2);
            assertThat(notifications.mine(10))
                    .extracting(NotificationItem::read)
                    .containsExactly(false, true, false);

            notifications.markAllRead();
            assertThat(notifications.unreadCount()).isZero();
            assertThat(notifications.mine(10)).allMatch(NotificationItem::read);
            assertThat(notifications.mine(1)).hasSize(1);
        });
    }

    @Test
    void someoneElsesNotificationIsRefusedAndStaysUnread() {
        deliver(new Notice(TestData.unique("test") + ":private", List.of(startup), "Private", "Body", null));
        long id = actAs.user(startup, () -> notifications.mine(1).getFirst().id());

        actAs.user(provider, () -> {
            assertThat(notifications.mine(10)).isEmpty();
            assertThatThrownBy(() -> notifications.markRead(id)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> notifications.markRead(Long.MAX_VALUE)).isInstanceOf(InvalidInputException.class);
            notifications.markAllRead();
        });
        actAs.user(startup, () -> {
            assertThat(notifications.unreadCount()).isEqualTo(1);
            assertThat(notifications.mine(1).getFirst().read()).isFalse();
        });
    }

    @Test
    void onlyTheProgramOfficeDeliversAndOnlyAccountsHaveNotifications() {
        Notice notice = new Notice(TestData.unique("test") + ":denied", List.of(provider), "Denied", "Body", null);
        actAs.user(startup, () -> {
            assertThatThrownBy(() -> notifications.deliver(notice)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> notifications.sendPendingMail()).isInstanceOf(AccessDeniedException.class);
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_outbox where notice_key = ?", Long.class, notice.key()))
                .isZero();
        assertThatThrownBy(() -> SystemAuthentication.runAsSystem(() -> notifications.unreadCount()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notifications.unreadCount())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void whileTheMailServerIsDownTheMailWaitsAndIsSentOnceWhenItIsBack() throws Exception {
        smtp.stop();
        String key = TestData.unique("test") + ":down";
        String subject = TestData.unique("Sent later");
        // the mail server being down is no concern of whoever delivers
        assertThatCode(() -> deliver(new Notice(key, List.of(startup, provider), subject, "Body", "needs")))
                .doesNotThrowAnyException();

        Map<String, Object> failed = awaitAttempts(key, 1);
        assertThat(failed.get("status")).isEqualTo("PENDING");
        assertThat((String) failed.get("last_error")).isNotBlank();
        assertThat(jdbc.queryForObject(
                                "select next_attempt_at from mail_outbox where notice_key = ?",
                                OffsetDateTime.class,
                                key)
                        .toInstant())
                .as("the retry waits for the backoff")
                .isAfter(Instant.now().plusSeconds(15));
        assertThat(dispatcher.sendPending(false))
                .as("the sweep leaves a mail that is not due")
                .isZero();
        for (String account : List.of(startup, provider)) {
            actAs.user(account, () -> assertThat(notifications.unreadCount()).isEqualTo(1));
        }

        smtp.start();
        assertThat(sendPendingMailAsSystem()).isGreaterThanOrEqualTo(1);
        awaitMail(subject, 2);
        sendPendingMailAsSystem();
        assertThat(mails(subject)).hasSize(2);
        Map<String, Object> sent = outboxRow(key);
        assertThat(sent.get("status")).isEqualTo("SENT");
        assertThat(sent.get("attempts")).isEqualTo(1);
    }

    @Test
    void theSweepSendsAFailedMailOnceItIsDue() throws Exception {
        smtp.stop();
        String key = TestData.unique("test") + ":due";
        String subject = TestData.unique("Due again");
        deliver(new Notice(key, List.of(startup), subject, "Body", null));
        awaitAttempts(key, 1);
        smtp.start();
        // the backoff has passed
        jdbc.update(
                "update mail_outbox set next_attempt_at = ? where notice_key = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1),
                key);
        assertThat(dispatcher.sendPending(false)).isGreaterThanOrEqualTo(1);
        awaitMail(subject, 1);
        assertThat(outboxRow(key).get("status")).isEqualTo("SENT");
    }

    @Test
    void concurrentDispatchersSendEachMailExactlyOnce() throws Exception {
        smtp.stop();
        List<String> keys = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            keys.add(TestData.unique("test") + ":race");
            subjects.add(TestData.unique("Race " + i));
            deliver(new Notice(keys.getLast(), List.of(startup, provider), subjects.getLast(), "Body", null));
        }
        for (String key : keys) {
            awaitAttempts(key, 1);
        }
        smtp.start();

        int dispatchers = 4;
        ExecutorService threads = Executors.newFixedThreadPool(dispatchers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < dispatchers; i++) {
            runs.add(threads.submit(() -> {
                go.await();
                return sendPendingMailAsSystem();
            }));
        }
        go.countDown();
        int sentByAll = 0;
        for (Future<Integer> run : runs) {
            sentByAll += run.get(60, TimeUnit.SECONDS);
        }
        threads.shutdown();

        assertThat(sentByAll).isGreaterThanOrEqualTo(keys.size());
        for (String subject : subjects) {
            assertThat(awaitMail(subject, 2)).hasSize(2);
        }
        // nothing arrives late: no dispatcher sent a mail another one had claimed
        Thread.sleep(500);
        for (String subject : subjects) {
            List<MimeMessage> received = mails(subject);
            assertThat(received).as(subject).hasSize(2);
            assertThat(received.stream().map(NotificationServiceIT::messageId).distinct())
                    .hasSize(1);
        }
        for (String key : keys) {
            assertThat(outboxRow(key).get("attempts")).isEqualTo(1);
        }
    }

    @Test
    void aMailIsGivenUpAfterTheLastAttemptAndNotSentAgain() throws Exception {
        smtp.stop();
        String key = TestData.unique("test") + ":given-up";
        String subject = TestData.unique("Never sent");
        deliver(new Notice(key, List.of(startup), subject, "Body", null));
        awaitAttempts(key, 1);
        // as if seven attempts had failed: the default allows eight
        jdbc.update("update mail_outbox set attempts = 7 where notice_key = ?", key);

        assertThatCode(() -> sendPendingMailAsSystem()).doesNotThrowAnyException();
        Map<String, Object> row = outboxRow(key);
        assertThat(row.get("status")).isEqualTo("FAILED");
        assertThat(row.get("attempts")).isEqualTo(8);

        smtp.start();
        sendPendingMailAsSystem();
        assertThat(mails(subject)).isEmpty();
        assertThat(outboxRow(key).get("status")).isEqualTo("FAILED");
        actAs.user(startup, () -> assertThat(notifications.unreadCount()).isEqualTo(1));
    }

    // --- helpers

    private void deliver(Notice notice) {
        SystemAuthentication.runAsSystem(() -> notifications.deliver(notice));
    }

    /** The service's "send pending mail now", as the system calls it. */
    private int sendPendingMailAsSystem() {
        return SystemAuthentication.runAsSystem(() -> notifications.sendPendingMail());
    }

    private Map<String, Object> outboxRow(String key) {
        return jdbc.queryForMap(
                "select status, attempts, last_error, next_attempt_at, sent_at from mail_outbox where notice_key = ?",
                key);
    }

    private Map<String, Object> awaitAttempts(String key, int attempts) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> ((Number) outboxRow(key).get("attempts")).intValue() >= attempts);
        return outboxRow(key);
    }

    private List<MimeMessage> awaitMail(String subject, int copies) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> mails(subject).size() >= copies);
        return mails(subject);
    }

    private static List<MimeMessage> mails(String subject) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> subject.equals(subjectOf(message)))
                .toList();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
