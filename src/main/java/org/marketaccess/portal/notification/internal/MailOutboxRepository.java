package org.marketaccess.portal.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface MailOutboxRepository extends Repository<OutboxMail, Long> {

    /**
     * Queues a mail unless one with this notice key exists. A plain insert would fail the caller's
     * whole transaction on a concurrent duplicate; this one waits for the other transaction and then
     * inserts nothing (PostgreSQL, and H2 in its PostgreSQL mode).
     *
     * @param body the text to keep, with {@link OutboxMail#LINK_PLACEHOLDER} for a single-use link
     * @param secretLink that link, or null; erased once the mail has left or been given up
     * @return 1 if queued, 0 if the key was delivered before
     */
    @Modifying
    @Query(nativeQuery = true, value = """
                    insert into mail_outbox (notice_key, to_addresses, cc_addresses, subject, body, secret_link,
                                             status, attempts, next_attempt_at, created_at)
                    values (:key, :to, :cc, :subject, :body, :secretLink, 'PENDING', 0, :now, :now)
                    on conflict do nothing""")
    int insertIfAbsent(
            @Param("key") String key,
            @Param("to") String to,
            @Param("cc") String cc,
            @Param("subject") String subject,
            @Param("body") String body,
            @Param("secretLink") String secretLink,
            @Param("now") Instant now);

    Optional<OutboxMail> findByNoticeKey(String noticeKey);

    /** Mails addressed to one person alone (the outbox keeps a mail's text after sending it). */
    @Modifying
    @Query("delete from OutboxMail m where m.toAddresses = :address and m.ccAddresses = ''")
    int deleteAllAddressedOnlyTo(@Param("address") String address);

    Optional<OutboxMail> findById(long id);

    /** Pending mails nobody is sending right now whose next attempt is due by {@code dueBy}. */
    @Query("""
            select m.id from OutboxMail m
            where m.status = org.marketaccess.portal.notification.internal.MailStatus.PENDING
              and m.nextAttemptAt <= :dueBy
              and (m.claimedUntil is null or m.claimedUntil < :now)
            order by m.nextAttemptAt, m.id""")
    List<Long> findSendable(@Param("dueBy") Instant dueBy, @Param("now") Instant now, Limit limit);

    /**
     * Claims one mail for sending until {@code until}. The conditions are checked again by the update
     * itself, under the row lock: of two dispatchers racing for the same row, the second one's update
     * waits for the first one's commit, then no longer matches and changes nothing.
     *
     * @return 1 if this caller now holds the claim, 0 if someone else does or it is no longer pending
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update OutboxMail m set m.claimedUntil = :until
            where m.id = :id
              and m.status = org.marketaccess.portal.notification.internal.MailStatus.PENDING
              and m.nextAttemptAt <= :dueBy
              and (m.claimedUntil is null or m.claimedUntil < :now)""")
    int claim(
            @Param("id") long id,
            @Param("dueBy") Instant dueBy,
            @Param("now") Instant now,
            @Param("until") Instant until);
}
