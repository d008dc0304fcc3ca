package org.marketaccess.portal.matching.internal;

import static org.marketaccess.portal.identity.SystemAuthentication.runAsSystem;

import java.time.Duration;
import org.marketaccess.portal.matching.LearnedWeights;
import org.marketaccess.portal.matching.RankingWeightsService;
import org.marketaccess.portal.search.MatchEngine;
import org.marketaccess.portal.shared.OnceAcrossNodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ranks with the latest learned weights from start-up on, and relearns them every night (decision
 * 031) so that the day's decisions count from the next morning. With several nodes (decision 033)
 * the nightly relearn runs on one of them, and every node follows the latest stored version, so a
 * relearn on any node (nightly or "Relearn now") reaches the others within a check interval.
 */
@Component
class WeightsSchedule {

    private static final Logger log = LoggerFactory.getLogger(WeightsSchedule.class);

    private final RankingWeightsService weights;
    private final LearnedWeightsStore store;
    private final MatchEngine engine;
    private final OnceAcrossNodes nodes;
    private volatile int inUse = -1;

    WeightsSchedule(
            RankingWeightsService weights, LearnedWeightsStore store, MatchEngine engine, OnceAcrossNodes nodes) {
        this.weights = weights;
        this.store = store;
        this.engine = engine;
        this.nodes = nodes;
    }

    @EventListener(ApplicationReadyEvent.class)
    void useLatest() {
        LearnedWeights latest = runAsSystem(weights::current);
        use(latest);
        log.info("Ranking with weights version {} ({})", latest.version(), latest.weights());
    }

    /**
     * Takes up a version stored by another node (one indexed read of the newest version). A relearn
     * on this node already ranks with its result; reading it back here changes nothing.
     */
    @Scheduled(
            initialDelayString = "${portal.matching.weights-check:PT1M}",
            fixedDelayString = "${portal.matching.weights-check:PT1M}")
    void followLatest() {
        try {
            Integer newest = store.newestVersion();
            if (newest != null && newest != inUse) {
                LearnedWeights latest = runAsSystem(weights::current);
                use(latest);
                log.info("Ranking with weights version {}, the newest stored", latest.version());
            }
        } catch (RuntimeException e) {
            log.warn("Could not check for newer ranking weights: {}", e.getMessage());
        }
    }

    @Scheduled(cron = "${portal.matching.relearn-cron:0 30 2 * * *}", zone = "UTC")
    void relearn() {
        try {
            nodes.once("relearn-weights", Duration.ofMinutes(10), Duration.ofHours(1), () -> {
                LearnedWeights learned = runAsSystem(weights::relearn);
                inUse = learned.version();
                log.info(
                        "Relearned ranking weights: version {} from {} labels ({})",
                        learned.version(),
                        learned.labels(),
                        learned.learned() ? learned.weights() : "too few labels, design weights kept");
            });
        } catch (RuntimeException e) {
            log.warn("Relearning the ranking weights failed: {}", e.getMessage());
        }
    }

    private void use(LearnedWeights latest) {
        engine.use(latest.weights());
        inUse = latest.version();
    }
}
