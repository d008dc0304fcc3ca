package org.marketaccess.portal.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox. Each mail is claimed, sent and recorded in short transactions of its own, with
 * no transaction open while the mail server is talked to; a failure is recorded on the row (attempts,
 * error, next attempt) and never reaches whoever queued the mail. A mail is sent right after the
 * transaction that queued it commits, and a sweep ({@link OutboxSweep}) sends what is due again
 * (after a failure, or after a restart that interrupted a send).
 */
@Component
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    /** Longer than any send can take (the SMTP timeouts): a claim older than this was lost in a crash. */
    static final Duration CLAIM = Duration.ofMinutes(5);

    private static final int BATCH = 100;
    private static final Instant ANY_TIME = Instant.parse("9999-12-31T00:00:00Z");

    private final MailOutboxRepository outbox;
    private final MailGateway gateway;
    private final MailSettings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final TaskExecutor executor;

    MailDispatcher(
            MailOutboxRepository outbox,
            MailGateway gateway,
            MailSettings settings,
            Clock clock,
            PlatformTransactionManager transactions,
            @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) TaskExecutor executor) {
        this.outbox = outbox;
        this.gateway = gateway;
        this.settings = settings;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.executor = executor;
    }

    /**
     * Sends the mail once the current transaction has committed, on Spring Boot's task executor (the
     * one whose in-flight tasks finish at shutdown). Should that hand-over fail (the portal is
     * stopping), the sweep sends it later: the caller never notices.
     */
    public void sendAfterCommit(long id) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    executor.execute(() -> trySend(id, clock.instant()));
                } catch (RuntimeException refused) {
                    log.info("Mail {} left to the outbox sweep: {}", id, refused.toString());
                }
            }
        });
    }

    /** The sweep: every pending mail whose next attempt is due. */
    void sweep() {
        int sent = sendPending(false);
        if (sent > 0) {
            log.info("Outbox sweep sent {} mail(s)", sent);
        }
    }

    /**
     * Sends pending mail now.
     *
     * @param ignoreBackoff also mails still waiting for their next attempt ("retry now"); never
     *     mails another dispatcher is sending at this moment
     * @return how many were sent
     */
    public int sendPending(boolean ignoreBackoff) {
        Instant now = clock.instant();
        List<Long> candidates = transaction.execute(
                status -> outbox.findSendable(ignoreBackoff ? ANY_TIME : now, now, Limit.of(BATCH)));
        int sent = 0;
        for (long id : candidates) {
            if (Thread.currentThread().isInterrupted()) {
                break; // stopping: the rest waits for the next start
            }
            if (trySend(id, ignoreBackoff ? ANY_TIME : clock.instant())) {
                sent++;
            }
        }
        return sent;
    }

    private boolean trySend(long id, Instant dueBy) {
        try {
            return send(id, dueBy);
        } catch (RuntimeException unexpected) {
            // a database problem while claiming or recording: a claim expires and the sweep tries again
            log.warn("Mail {} could not be processed; the sweep retries it", id, unexpected);
            return false;
        }
    }

    /** Claims, sends and records one mail; false if someone else holds it or it is not due. */
    private boolean send(long id, Instant dueBy) {
        Optional<OutboxMail> claimed = transaction.execute(status -> {
            Instant now = clock.instant();
            if (outbox.claim(id, dueBy, now, now.plus(CLAIM)) == 0) {
                return Optional.<OutboxMail>empty();
            }
            return outbox.findById(id);
        });
        if (claimed == null || claimed.isEmpty()) {
            return false;
        }
        OutboxMail mail = claimed.get();
        RuntimeException failure = null;
        try {
            gateway.send(new OutgoingMail(
                    mail.noticeKey(), settings.from(), mail.to(), mail.cc(), mail.subject(), mail.bodyToSend()));
        } catch (RuntimeException e) {
            failure = e;
        }
        RuntimeException outcome = failure;
        transaction.executeWithoutResult(status -> {
            OutboxMail row = outbox.findById(id).orElseThrow();
            Instant now = clock.instant();
            if (outcome == null) {
                row.sent(now);
            } else if (row.failed(now, describe(outcome), settings.retryBackoff(), settings.maxAttempts())) {
                log.warn(
                        "Mail {} ({}) given up after {} attempts: {}",
                        id,
                        row.noticeKey(),
                        row.attempts(),
                        describe(outcome));
            } else {
                log.info(
                        "Mail {} ({}) not sent, attempt {}: {}",
                        id,
                        row.noticeKey(),
                        row.attempts(),
                        describe(outcome));
            }
        });
        return outcome == null;
    }

    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(failure.toString());
        int depth = 0;
        for (Throwable cause = failure.getCause(); cause != null && depth++ < 5; cause = cause.getCause()) {
            text.append(" <- ").append(cause);
        }
        return text.toString();
    }
}
