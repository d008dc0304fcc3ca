package org.marketaccess.portal.notification.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.marketaccess.portal.shared.OnceAcrossNodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends due mail every {@code portal.mail.retry-interval}, on one thread of its own rather than as
 * a {@code @Scheduled} task: Spring's scheduler has a single thread by default, and a sweep waiting
 * on the timeouts of a mail server that is down must not hold up the other features' periodic
 * work. Stopped before the database closes, waiting a while for a send in progress.
 */
@Component
class OutboxSweep implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSweep.class);

    private final MailDispatcher dispatcher;
    private final MailSettings settings;
    private final OnceAcrossNodes nodes;
    private volatile ScheduledExecutorService timer;

    OutboxSweep(MailDispatcher dispatcher, MailSettings settings, OnceAcrossNodes nodes) {
        this.dispatcher = dispatcher;
        this.settings = settings;
        this.nodes = nodes;
    }

    @Override
    public synchronized void start() {
        long every = settings.retryInterval().toMillis();
        if (every <= 0) {
            log.warn("portal.mail.retry-interval is {}: failed mail is not retried", settings.retryInterval());
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "mail-outbox-sweep");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * On one node at a time (decision 033): each mail is claimed before it is sent, so two sweeps
     * would not send one twice, but they would scan and contend for the same rows. The lock stays
     * taken half an interval, so the nodes' timers do not sweep right after each other.
     */
    private void sweep() {
        try {
            nodes.once(
                    "mail-outbox-sweep",
                    settings.retryInterval().dividedBy(2),
                    Duration.ofMinutes(10).plus(settings.retryInterval()),
                    dispatcher::sweep);
        } catch (RuntimeException e) {
            // a periodic task that throws is never run again: log, and try at the next interval
            log.warn("Outbox sweep failed; trying again in {}", settings.retryInterval(), e);
        }
    }

    @Override
    public synchronized void stop() {
        if (timer == null) {
            return;
        }
        timer.shutdown();
        try {
            if (!timer.awaitTermination(20, TimeUnit.SECONDS)) {
                timer.shutdownNow();
            }
        } catch (InterruptedException e) {
            timer.shutdownNow();
            Thread.currentThread().interrupt();
        }
        timer = null;
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }
}
