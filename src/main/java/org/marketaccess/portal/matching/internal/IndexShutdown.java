package org.marketaccess.portal.matching.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * An orderly stop: among the first things stopped (before any bean is destroyed, so while the index is
 * still open), index work under way is allowed to finish and new work is refused (the change table
 * still holds it for the next start). Then the index bean is closed, which commits it. A stopped context may
 * be started again (Spring's test framework pauses cached contexts): index work is then accepted again.
 */
@Component
class IndexShutdown implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndexShutdown.class);
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final IndexSync sync;
    private final ObjectProvider<IncompleteEventPublications> incomplete;
    private volatile boolean running;
    private volatile boolean stoppedBefore;

    IndexShutdown(IndexSync sync, ObjectProvider<IncompleteEventPublications> incomplete) {
        this.sync = sync;
        this.incomplete = incomplete;
    }

    @Override
    public void start() {
        sync.resume();
        running = true;
        if (stoppedBefore) {
            // Whatever was refused while stopped: the index first agrees with the database again (at
            // once), then the change tailer (started next) and the incomplete events of other features run.
            int fixed = sync.reconcile();
            if (fixed > 0) {
                log.info("Search index: {} postings changed while stopped, indexed again", fixed);
            }
            incomplete.ifAvailable(publications -> publications.resubmitIncompletePublications(publication -> true));
        }
    }

    @Override
    public void stop() {
        sync.drain(PATIENCE);
        stoppedBefore = true;
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1_000;
    }
}
