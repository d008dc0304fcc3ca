package org.marketaccess.portal.notification;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.marketaccess.portal.identity.CurrentUser;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.notification.internal.InAppNotification;
import org.marketaccess.portal.notification.internal.InAppNotificationRepository;
import org.marketaccess.portal.notification.internal.MailDispatcher;
import org.marketaccess.portal.notification.internal.MailOnlyWriter;
import org.marketaccess.portal.notification.internal.MailOutboxRepository;
import org.marketaccess.portal.notification.internal.OutboxMail;
import org.marketaccess.portal.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers notices (in-app and by e-mail) for the other features, and serves the signed-in user's
 * own notifications. Delivering only writes rows; the mail leaves after commit (see {@code
 * MailDispatcher}), so a mail server that is slow or down never delays or undoes the caller's work.
 */
@Service
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
@Transactional
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    /** The most notifications one call returns. */
    public static final int MAX_LIMIT = 200;

    private final InAppNotificationRepository notifications;
    private final MailOutboxRepository outbox;
    private final MailDispatcher dispatcher;
    private final MailOnlyWriter mailOnly;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    NotificationService(
            InAppNotificationRepository notifications,
            MailOutboxRepository outbox,
            MailDispatcher dispatcher,
            MailOnlyWriter mailOnly,
            CurrentUser currentUser,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.notifications = notifications;
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.mailOnly = mailOnly;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Writes one in-app notification per {@code to} account and queues one e-mail, in one
     * transaction (the caller's, if it has one). A key delivered before is skipped entirely.
     */
    public void deliver(Notice notice) {
        Instant now = clock.instant();
        int queued = outbox.insertIfAbsent(
                notice.key(),
                OutboxMail.join(notice.to()),
                OutboxMail.join(notice.cc()),
                notice.subject(),
                notice.body(),
                null,
                now);
        if (queued == 0) {
            log.debug("Notice {} was delivered before; skipped", notice.key());
            return;
        }
        for (String recipient : notice.to()) {
            notifications.save(new InAppNotification(
                    recipient, notice.key(), notice.subject(), notice.body(), notice.link(), now));
        }
        events.publishEvent(new NotificationsArrived(java.util.Set.copyOf(notice.to())));
        OutboxMail mail = outbox.findByNoticeKey(notice.key()).orElseThrow();
        dispatcher.sendAfterCommit(mail.id());
    }

    /**
     * Queues an e-mail for the mailbox alone, with no in-app copy: a mail with a single-use link, or
     * one to an address that is not (yet) a member here. The link is kept apart from the stored body
     * and erased once the mail has left or been given up, so that the outbox holds no working secret.
     *
     * @param secretLink the single-use link the body holds, or null
     */
    public void mailOnly(Notice notice, String secretLink) {
        mailOnly.queue(notice, secretLink);
    }

    @RolesAllowed({Roles.STARTUP, Roles.PROVIDER, Roles.PROGRAM_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientAndReadAtIsNull(me());
    }

    /** The signed-in user's notifications, newest first, at most {@code limit} (1 to {@value #MAX_LIMIT}). */
    @RolesAllowed({Roles.STARTUP, Roles.PROVIDER, Roles.PROGRAM_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<NotificationItem> mine(int limit) {
        int bounded = Math.max(1, Math.min(limit, MAX_LIMIT));
        return notifications.findByRecipientOrderByCreatedAtDescIdDesc(me(), Limit.of(bounded)).stream()
                .map(InAppNotification::toItem)
                .toList();
    }

    /**
     * Marks one of the signed-in user's notifications read. Someone else's id is refused exactly like
     * an id that does not exist, so that ids reveal nothing.
     */
    @RolesAllowed({Roles.STARTUP, Roles.PROVIDER, Roles.PROGRAM_MANAGER, Roles.ADMIN})
    public void markRead(long id) {
        String me = me();
        InAppNotification notification = notifications
                .findById(id)
                .filter(found -> found.recipient().equals(me))
                .orElseThrow(() -> new InvalidInputException("notification", "notification.not-found"));
        notification.markRead(clock.instant());
    }

    /**
     * Erases what was delivered to the signed-in member alone: their in-app notifications and the
     * mails addressed only to them. Part of deleting their account (decision 023).
     */
    @RolesAllowed({Roles.STARTUP, Roles.PROVIDER})
    public void forgetMine() {
        String me = me();
        notifications.deleteAllByRecipient(me);
        outbox.deleteAllAddressedOnlyTo(me);
    }

    @RolesAllowed({Roles.STARTUP, Roles.PROVIDER, Roles.PROGRAM_MANAGER, Roles.ADMIN})
    public void markAllRead() {
        notifications.markAllRead(me(), clock.instant());
    }

    /**
     * Sends every pending e-mail now, also those waiting for a retry ("retry now", e.g. once the mail
     * server is back); a mail another dispatcher is sending at this moment is left to it. Runs no
     * transaction of its own: each mail is claimed, sent and recorded in short transactions so that
     * none is open while the mail server is talked to. Failures are recorded on the mails, not thrown.
     *
     * @return how many mails were sent
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int sendPendingMail() {
        return dispatcher.sendPending(true);
    }

    private String me() {
        return currentUser.require().email();
    }
}
