package org.marketaccess.portal.matching.internal;

import java.time.Duration;
import org.springframework.context.SmartLifecycle;
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
    private volatile boolean running;

    IndexShutdown(IndexSync sync) {
        this.sync = sync;
    }

    @Override
    public void start() {
        sync.resume();
        running = true;
    }

    @Override
    public void stop() {
        sync.drain(PATIENCE);
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
