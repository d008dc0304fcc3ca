package org.marketaccess.portal.matching.internal;

import static org.marketaccess.portal.identity.SystemAuthentication.runAsSystem;

import org.marketaccess.portal.matching.LearnedWeights;
import org.marketaccess.portal.matching.RankingWeightsService;
import org.marketaccess.portal.search.MatchEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ranks with the latest learned weights from start-up on, and relearns them every night (decision
 * 031) so that the day's decisions count from the next morning.
 */
@Component
class WeightsSchedule {

    private static final Logger log = LoggerFactory.getLogger(WeightsSchedule.class);

    private final RankingWeightsService weights;
    private final MatchEngine engine;

    WeightsSchedule(RankingWeightsService weights, MatchEngine engine) {
        this.weights = weights;
        this.engine = engine;
    }

    @EventListener(ApplicationReadyEvent.class)
    void useLatest() {
        LearnedWeights latest = runAsSystem(weights::current);
        engine.use(latest.weights());
        log.info("Ranking with weights version {} ({})", latest.version(), latest.weights());
    }

    @Scheduled(cron = "${portal.matching.relearn-cron:0 30 2 * * *}", zone = "UTC")
    void relearn() {
        try {
            LearnedWeights learned = runAsSystem(weights::relearn);
            log.info(
                    "Relearned ranking weights: version {} from {} labels ({})",
                    learned.version(),
                    learned.labels(),
                    learned.learned() ? learned.weights() : "too few labels, design weights kept");
        } catch (RuntimeException e) {
            log.warn("Relearning the ranking weights failed: {}", e.getMessage());
        }
    }
}
