package org.marketaccess.portal.testing;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Account mails as the outbox holds them and as their recipients received them, and the single-use links in them. */
@Component
public class AccountMailbox {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    /** The header the portal's SMTP gateway names each mail's notice with. */
    private static final String NOTICE_HEADER = "X-Portal-Notice";

    private final JdbcTemplate jdbc;
    private final Environment environment;

    AccountMailbox(JdbcTemplate jdbc, Environment environment) {
        this.jdbc = jdbc;
        this.environment = environment;
    }

    /**
     * The texts of the mails of a kind ("password_reset", "email_verification", "registration_attempt",
     * "invitation") to an address, oldest first, as the SMTP server received them: the outbox erases
     * a single-use link once its mail has left. Waits for mails still on their way.
     */
    public List<String> bodies(String kind, String email) {
        List<String> keys = jdbc.queryForList(
                "select notice_key from mail_outbox where notice_key like ? and to_addresses = ? order by id",
                String.class,
                kind + ":%",
                email.toLowerCase(java.util.Locale.ROOT));
        return keys.stream().map(this::received).toList();
    }

    /**
     * The stored bodies, as anyone reading the outbox table sees them, once every one of these mails
     * has left (waits up to ten seconds for that).
     */
    public List<String> storedBodiesOnceSent(String kind, String email) {
        bodies(kind, email);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (jdbc.queryForObject(
                                "select count(*) from mail_outbox where notice_key like ? and to_addresses = ?"
                                        + " and status = 'PENDING'",
                                Long.class,
                                kind + ":%",
                                email.toLowerCase(java.util.Locale.ROOT))
                        > 0
                && System.nanoTime() < deadline) {
            pause();
        }
        return jdbc.queryForList(
                "select body from mail_outbox where notice_key like ? and to_addresses = ? order by id",
                String.class,
                kind + ":%",
                email.toLowerCase(java.util.Locale.ROOT));
    }

    private String received(String noticeKey) {
        GreenMail server = TestMailServer.on(environment.getRequiredProperty("spring.mail.port", Integer.class))
                .orElseThrow(() -> new AssertionError("This test context sends no mail to a test SMTP server"));
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (true) {
            for (MimeMessage message : server.getReceivedMessages()) {
                try {
                    if (noticeKey.equals(message.getHeader(NOTICE_HEADER, null))) {
                        return TestMailServer.text(message);
                    }
                } catch (MessagingException unreadable) {
                    throw new IllegalStateException(unreadable);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Mail " + noticeKey + " did not arrive");
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public List<String> subjects(String kind, String email) {
        return jdbc.queryForList(
                "select subject from mail_outbox where notice_key like ? and to_addresses = ? order by id",
                String.class,
                kind + ":%",
                email.toLowerCase(java.util.Locale.ROOT));
    }

    /** The secret of the newest link of a kind mailed to the address. */
    public String latestSecret(String kind, String email) {
        List<String> bodies = bodies(kind, email);
        if (bodies.isEmpty()) {
            throw new AssertionError("No " + kind + " mail to " + email);
        }
        return secretIn(bodies.getLast()).orElseThrow(() -> new AssertionError("No link in " + bodies.getLast()));
    }

    public static Optional<String> secretIn(String text) {
        Matcher matcher = TOKEN.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    public long tokens() {
        return jdbc.queryForObject("select count(*) from account_token", Long.class);
    }

    public long mailsTo(String email) {
        return jdbc.queryForObject(
                "select count(*) from mail_outbox where to_addresses = ?",
                Long.class,
                email.toLowerCase(java.util.Locale.ROOT));
    }
}
