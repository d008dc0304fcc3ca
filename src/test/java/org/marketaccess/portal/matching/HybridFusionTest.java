package org.marketaccess.portal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The two fusions of decision 030, on rankings small enough to check by hand. */
class HybridFusionTest {

    private final Map<String, Double> lexical = Map.of("a", 80.0, "b", 60.0, "c", 40.0);
    private final Map<String, Double> dense = Map.of("a", 0.30, "b", 0.50, "c", 0.70);

    @Test
    void theWeightMovesTheOrderFromOneSideToTheOther() {
        assertThat(HybridFusion.convex(lexical, dense, 0.0, 3)).containsExactly("a", "b", "c");
        assertThat(HybridFusion.convex(lexical, dense, 1.0, 3)).containsExactly("c", "b", "a");
    }

    @Test
    void scoresAreNormalizedSoThatTheirScalesDoNotMatter() {
        // lexical normalized a=1, b=0.5, c=0; dense a=0, b=0.5, c=1: at 0.3 the lexical order wins,
        // whatever the units (0-100 against a cosine)
        assertThat(HybridFusion.convex(lexical, dense, 0.3, 3)).containsExactly("a", "b", "c");
        Map<String, Double> lexicalTimesTen = Map.of("a", 800.0, "b", 600.0, "c", 400.0);
        assertThat(HybridFusion.convex(lexicalTimesTen, dense, 0.3, 3)).containsExactly("a", "b", "c");
    }

    @Test
    void aCandidateOneSideDidNotScoreCountsAsItsLeast() {
        Map<String, Double> denseWithNew = Map.of("a", 0.30, "b", 0.50, "c", 0.70, "d", 0.90);
        // d has no lexical score: 0 after normalization (a = 1, b = 0.5, c = 0); dense a = 0, b = 1/3,
        // c = 2/3, d = 1
        assertThat(HybridFusion.convex(lexical, denseWithNew, 0.6, 4)).first().isEqualTo("d");
        assertThat(HybridFusion.convex(lexical, denseWithNew, 0.2, 4)).containsExactly("a", "b", "d", "c");
    }

    @Test
    void tiesGoToTheSmallerIdAndKCuts() {
        assertThat(HybridFusion.convex(Map.of("y", 1.0, "x", 1.0), Map.of("y", 0.5, "x", 0.5), 0.5, 1))
                .containsExactly("x");
    }

    @Test
    void reciprocalRankFusionRewardsWhatBothListsRankHigh() {
        // b: 1/62 + 1/61 beats a: 1/61 + 1/64 and c: 1/63 + 1/62
        assertThat(HybridFusion.reciprocalRank(List.of("a", "b", "c"), List.of("b", "c", "x", "a"), 3))
                .containsExactly("b", "a", "c");
        assertThat(HybridFusion.reciprocalRank(List.of("a"), List.of(), 5)).containsExactly("a");
    }
}
