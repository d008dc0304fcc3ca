package org.marketaccess.portal.notification.internal;

import java.time.Clock;
import org.marketaccess.portal.notification.Notice;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues a mail for the mailbox alone, with no in-app copy, in the caller's transaction; it leaves
 * after commit. A single-use link is stored apart from the body and erased once the mail has left or
 * been given up (V17), so that the outbox holds no working secret longer than it must.
 */
@Component
public class MailOnlyWriter {

    private final MailOutboxRepository outbox;
    private final MailDispatcher dispatcher;
    private final Clock clock;

    MailOnlyWriter(MailOutboxRepository outbox, MailDispatcher dispatcher, Clock clock) {
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** @param secretLink the single-use link the notice's body holds, or null */
    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(Notice notice, String secretLink) {
        int queued = outbox.insertIfAbsent(
                notice.key(),
                OutboxMail.join(notice.to()),
                OutboxMail.join(notice.cc()),
                notice.subject(),
                OutboxMail.withoutSecret(notice.body(), secretLink),
                secretLink,
                clock.instant());
        if (queued == 1) {
            dispatcher.sendAfterCommit(
                    outbox.findByNoticeKey(notice.key()).orElseThrow().id());
        }
    }
}
