package org.marketaccess.portal.notification.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.marketaccess.portal.notification.NotificationItem;

/** One notice as one account sees it in the portal. */
@Entity
@Table(name = "notification")
public class InAppNotification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String recipient;
    private String noticeKey;
    private String subject;
    private String body;
    private String link;
    private Instant createdAt;
    private Instant readAt;

    protected InAppNotification() {}

    public InAppNotification(
            String recipient, String noticeKey, String subject, String body, String link, Instant createdAt) {
        this.recipient = recipient;
        this.noticeKey = noticeKey;
        this.subject = subject;
        this.body = body;
        this.link = link;
        this.createdAt = createdAt;
    }

    public String recipient() {
        return recipient;
    }

    /** The first reading counts; reading again changes nothing. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public NotificationItem toItem() {
        return new NotificationItem(id, subject, body, link, createdAt, readAt != null);
    }
}
