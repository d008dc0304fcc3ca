package org.marketaccess.portal.matching.internal;

import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * An orderly stop: among the first things stopped (before any bean is destroyed, so while the index is
 * still open), index work under way is allowed to finish and new work is refused (its event is
 * replayed at the next start). Then the index bean is closed, which commits it. A stopped context may
 * be started again (Spring's test framework pauses cached contexts): index work is then accepted again.
 */
@Component
class IndexShutdown implements SmartLifecycle {

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
            // Updates refused while stopped are still recorded as incomplete: run them now.
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
