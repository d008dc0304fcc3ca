package org.marketaccess.portal.testing;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Account mails as the outbox holds them, and the single-use links in them. Test-only, plain SQL. */
@Component
public class AccountMailbox {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    private final JdbcTemplate jdbc;

    AccountMailbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Bodies of the mails of a kind ("password_reset", "email_verification", "registration_attempt") to an address, oldest first. */
    public List<String> bodies(String kind, String email) {
        return jdbc.queryForList(
                "select body from mail_outbox where notice_key like ? and to_addresses = ? order by id",
                String.class,
                kind + ":%",
                email.toLowerCase(java.util.Locale.ROOT));
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
