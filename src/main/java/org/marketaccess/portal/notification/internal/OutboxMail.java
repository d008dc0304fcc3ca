package org.marketaccess.portal.notification.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One e-mail waiting to be sent, sent, or given up on. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    /** Addresses are stored as one comma-separated column: a notice's addresses never hold a comma. */
    static final String SEPARATOR = ",";

    /**
     * Stands in the stored body for a single-use link, which is kept apart in {@code secretLink}
     * until the mail has left or been given up (V17).
     */
    public static final String LINK_PLACEHOLDER = "[single-use link, not kept]";

    private static final int MAX_ERROR = 1000;
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String noticeKey;
    private String toAddresses;
    private String ccAddresses;
    private String subject;
    private String body;
    private String secretLink;

    @Enumerated(EnumType.STRING)
    private MailStatus status;

    private int attempts;
    private Instant nextAttemptAt;
    private Instant claimedUntil;
    private String lastError;
    private Instant createdAt;
    private Instant sentAt;

    protected OutboxMail() {}

    public Long id() {
        return id;
    }

    public String noticeKey() {
        return noticeKey;
    }

    public List<String> to() {
        return split(toAddresses);
    }

    public List<String> cc() {
        return split(ccAddresses);
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    /** The text as it goes out: with its single-use link, if it has one and still holds it. */
    public String bodyToSend() {
        return secretLink == null ? body : body.replace(LINK_PLACEHOLDER, secretLink);
    }

    /** Whether the stored row still holds a single-use link. */
    public boolean holdsSecret() {
        return secretLink != null;
    }

    /**
     * The body to store for a text that carries {@code secretLink}: the link replaced by the
     * placeholder. A text without the link is refused, since the mail would go out without it.
     */
    public static String withoutSecret(String body, String secretLink) {
        if (secretLink == null) {
            return body;
        }
        if (!body.contains(secretLink)) {
            throw new IllegalArgumentException("The mail's text does not hold its link");
        }
        return body.replace(secretLink, LINK_PLACEHOLDER);
    }

    public MailStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    void sent(Instant now) {
        status = MailStatus.SENT;
        sentAt = now;
        secretLink = null;
        claimedUntil = null;
        lastError = null;
    }

    /**
     * Counts a failed attempt: the next one waits {@code backoff × 2^(attempts-1)}, at most an hour;
     * after {@code maxAttempts} the mail is given up.
     *
     * @return true when the mail is now given up
     */
    boolean failed(Instant now, String error, Duration backoff, int maxAttempts) {
        attempts++;
        claimedUntil = null;
        lastError = error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
        if (attempts >= maxAttempts) {
            status = MailStatus.FAILED;
            secretLink = null;
            return true;
        }
        Duration wait = backoff.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = now.plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait);
        return false;
    }

    public static String join(List<String> addresses) {
        return String.join(SEPARATOR, addresses);
    }

    private static List<String> split(String addresses) {
        return addresses == null || addresses.isEmpty() ? List.of() : Arrays.asList(addresses.split(SEPARATOR));
    }
}
