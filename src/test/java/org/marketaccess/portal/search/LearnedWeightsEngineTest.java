package org.marketaccess.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.taxonomy.TaxonomySnapshot;

/** The engine with other weights than the design's (decision 031): one score per pair still (decision 011). */
class LearnedWeightsEngineTest {

    private static final TaxonomySnapshot TAXONOMY = TaxonomySnapshot.fromMigrations();
    private static final MatchRules RULES = new MatchRules(TAXONOMY.regions(), TAXONOMY.stageRanks());
    private static final ScoreWeights LEARNED = new ScoreWeights(0.40, 0.25, 0.20, 0.15, 0.6, 0.7);

    private final NeedProfile need = new NeedProfile(
            "n1",
            "startup-1",
            "Pilot site for our CHF remote monitoring kit",
            "Connected scales for CHF patients after discharge.",
            List.of("pilot-site"),
            List.of("remote-monitoring"),
            List.of("cardiology"),
            List.of("home"),
            "pilot-ready",
            List.of("ukca"),
            List.of(),
            List.of("united-kingdom"));

    @Test
    void theDesignWeightsAreTheEnginesUntilOthersArePutIn() {
        OpportunityProfile fits = opportunity("o1", "yorkshire", List.of());
        try (MatchEngine engine = MatchEngine.inMemory(List.of(need), List.of(fits), RULES)) {
            assertThat(engine.weights()).isEqualTo(ScoreWeights.DESIGN);
            PairFeatures features = engine.features(need, fits);
            assertThat(engine.score(need, fits, true))
                    .isCloseTo(100 * features.score(ScoreWeights.DESIGN, true), within(0.051));
        }
    }

    @Test
    void learnedWeightsGiveBothSidesOneScoreAndTheFeaturesTellIt() {
        OpportunityProfile fits = opportunity("o1", "yorkshire", List.of());
        try (MatchEngine engine = MatchEngine.inMemory(List.of(need), List.of(fits), RULES)) {
            double before = engine.score(need, fits, true);
            engine.use(LEARNED);
            PairScore views = engine.views(need, fits);
            assertThat(views.fromNeed()).isEqualTo(views.fromOpportunity());
            assertThat(views.fromNeed()).isNotEqualTo(before);
            assertThat(views.fromNeed())
                    .isCloseTo(100 * engine.features(need, fits).score(LEARNED, true), within(0.051));
            assertThat(engine.needsFor(fits, 10).getFirst().score()).isEqualTo(views.fromNeed());
        }
    }

    @Test
    void aMissedRequirementAndRegionWeighEachSideWithItsOwnLearnedFactor() {
        // outside the need's regions and requiring a certification the need lacks
        OpportunityProfile misses = opportunity("o2", "massachusetts", List.of("fda-cleared"));
        try (MatchEngine engine = MatchEngine.inMemory(List.of(need), List.of(misses), RULES)) {
            engine.use(LEARNED);
            PairFeatures features = engine.features(need, misses);
            assertThat(features.requirementsMet()).isFalse();
            assertThat(features.regionFits()).isFalse();
            double base = 100 * features.base(LEARNED);
            PairScore views = engine.views(need, misses);
            // the need's side: the region decides (0.7), the requirement weakens ((1 + 0.6) / 2)
            assertThat(views.fromNeed()).isCloseTo(base * 0.7 * 0.8, within(0.051));
            // the opportunity's side: the requirement decides (0.6), the region weakens ((1 + 0.7) / 2)
            assertThat(views.fromOpportunity()).isCloseTo(base * 0.6 * 0.85, within(0.051));
            assertThat(engine.needsFor(misses, 10).getFirst().score()).isEqualTo(views.fromOpportunity());
            assertThat(engine.needsFor(misses, 10).getFirst().otherView()).isEqualTo(views.fromNeed());
        }
    }

    private static OpportunityProfile opportunity(String id, String region, List<String> certifications) {
        return new OpportunityProfile(
                id,
                "provider-" + id,
                "Reduce CHF readmissions with remote monitoring",
                "Patients with heart failure come back too often after discharge.",
                null,
                List.of("remote-monitoring", "care-coordination"),
                List.of("cardiology"),
                List.of("home", "hospital"),
                certifications,
                List.of(),
                "prototype",
                region);
    }
}
