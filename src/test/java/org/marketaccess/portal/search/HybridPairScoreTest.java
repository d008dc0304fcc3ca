package org.marketaccess.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.taxonomy.TaxonomySnapshot;

/**
 * The hybrid evaluation's pair fusion (decision 030) starts from the engine's own text part and
 * factors: with no facets, the engine's score is exactly 100 · TEXT · text · factor.
 */
class HybridPairScoreTest {

    private static final TaxonomySnapshot TAXONOMY = TaxonomySnapshot.fromMigrations();
    private static final MatchRules RULES = new MatchRules(TAXONOMY.regions(), TAXONOMY.stageRanks());

    private final NeedProfile need = new NeedProfile(
            "n1",
            "startup",
            "Remote monitoring of heart failure patients after discharge",
            "A connected scale and a daily symptom questionnaire warn nurses before readmission.",
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            null,
            List.of(),
            List.of(),
            List.of());
    private final OpportunityProfile opportunity = new OpportunityProfile(
            "o1",
            "hospital",
            "Cut heart failure readmissions with home monitoring",
            "Our cardiology ward wants to follow patients at home after discharge.",
            "Fewer readmissions within 30 days.",
            List.of(),
            List.of(),
            List.of(),
            List.of("a-certification-the-need-lacks"),
            List.of(),
            null,
            null);

    @Test
    void theTextPartAndFactorRebuildTheEnginesScore() {
        try (MatchEngine engine = MatchEngine.inMemory(List.of(need), List.of(opportunity), RULES)) {
            HybridPairScore pair = new HybridPairScore(engine);
            double[] fromNeed = pair.textAndFactor(need, opportunity, true);
            double[] fromOpportunity = pair.textAndFactor(need, opportunity, false);
            assertThat(fromNeed[0]).isBetween(0.05, 1.0);
            // a missed requirement weakens the need's view and decides the opportunity's (decision 006)
            assertThat(fromNeed[1]).isEqualTo(ScoreWeights.DESIGN.requirementWeakening());
            assertThat(fromOpportunity[1]).isEqualTo(ScoreWeights.DESIGN.requirementFactor());
            assertThat(engine.score(need, opportunity, true))
                    .isCloseTo(100 * ScoreWeights.DESIGN.text() * fromNeed[0] * fromNeed[1], within(0.051));
            assertThat(engine.score(need, opportunity, false))
                    .isCloseTo(
                            100 * ScoreWeights.DESIGN.text() * fromOpportunity[0] * fromOpportunity[1], within(0.051));
        }
    }

    @Test
    void theDenseCosineReplacesItsShareOfTheTextPart() {
        // the same cosine both ways changes nothing; at weight 1 the text part is the dense cosine
        assertThat(HybridPairScore.fused(40, 0.5, 0.9, 0.5, 0.4)).isEqualTo(40);
        assertThat(HybridPairScore.fused(40, 0.5, 1.0, 0.9, 1.0))
                .isCloseTo(40 + 100 * ScoreWeights.DESIGN.text() * 0.4, within(1e-9));
        assertThat(HybridPairScore.fused(40, 0.5, 1.0, 0.9, 0.4))
                .isCloseTo(40 + 100 * ScoreWeights.DESIGN.text() * 0.4 * 0.4, within(1e-9));
    }
}
