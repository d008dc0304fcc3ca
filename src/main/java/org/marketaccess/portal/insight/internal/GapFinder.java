package org.marketaccess.portal.insight.internal;

import static org.marketaccess.portal.identity.SystemAuthentication.runAsSystem;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.marketaccess.portal.insight.SupplyAndDemand.Gap;
import org.marketaccess.portal.matching.MatchingService;
import org.marketaccess.portal.matching.MatchingService.BestMatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Each published posting's best counterpart score, from the matching engine. That is one ranking
 * per posting (17 s at 4,000 postings on two cores, see decision 010), so no page waits for it: a
 * reader gets the last result, and when the index has changed since (its generation rose) the next
 * one is computed in the background. The first is computed when the portal has started.
 */
@Component
public class GapFinder {

    private static final Logger log = LoggerFactory.getLogger(GapFinder.class);

    private final MatchingService matching;
    private final TaskExecutor executor;
    private final Clock clock;
    private final AtomicReference<Snapshot> last = new AtomicReference<>();
    private final AtomicBoolean computing = new AtomicBoolean();

    GapFinder(
            MatchingService matching,
            @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) TaskExecutor executor,
            Clock clock) {
        this.matching = matching;
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * The last ranking, empty until the first one is done; when the index has changed since, the
     * next one is computed in the background.
     */
    public Optional<Snapshot> current() {
        Snapshot known = last.get();
        if (known == null || known.generation() != runAsSystem(matching::indexGeneration)) {
            refreshInBackground();
        }
        return Optional.ofNullable(known);
    }

    /** Ranks once the portal is up, so that the first reader finds the gaps ready. */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        refreshInBackground();
    }

    private void refreshInBackground() {
        if (!computing.compareAndSet(false, true)) {
            return;
        }
        executor.execute(() -> {
            try {
                compute();
            } catch (RuntimeException e) {
                log.warn("Insight gaps not ranked: {}", e.getMessage());
            } finally {
                computing.set(false);
            }
        });
    }

    private void compute() {
        runAsSystem(() -> {
            long generation = matching.indexGeneration();
            Snapshot fresh = new Snapshot(
                    generation,
                    clock.instant(),
                    gaps(matching.bestOpportunityPerNeed()),
                    gaps(matching.bestNeedPerOpportunity()));
            last.set(fresh);
        });
    }

    private static List<Gap> gaps(List<BestMatch> best) {
        return best.stream()
                .map(match -> new Gap(match.postingId(), match.title(), match.bestScore()))
                .toList();
    }

    /** The index generation it was computed for, when, and each posting's best score. */
    public record Snapshot(long generation, Instant computedAt, List<Gap> needs, List<Gap> opportunities) {}
}
