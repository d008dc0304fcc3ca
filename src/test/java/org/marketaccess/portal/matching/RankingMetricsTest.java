package org.marketaccess.portal.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    private final Map<String, Integer> grades = Map.of("a", 3, "b", 1, "c", 0, "d", 2);

    @Test
    void theIdealOrderHasAnNdcgOfOne() {
        assertThat(RankingMetrics.ndcg(List.of("a", "d", "b"), grades, 10)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void ndcgUsesLinearGainsAndALogarithmicDiscount() {
        // dcg = 1/log2(2) + 3/log2(3); idcg = 3/1 + 2/log2(3) + 1/2
        double expected = (1 + 3 / log2(3)) / (3 + 2 / log2(3) + 0.5);
        assertThat(RankingMetrics.ndcg(List.of("b", "a"), grades, 10)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void unjudgedAndZeroGradedDocumentsAreNotRelevant() {
        assertThat(RankingMetrics.mrr(List.of("x", "c", "d"), grades, 10)).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(RankingMetrics.recall(List.of("x", "c", "d"), grades, 10)).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void onlyTheFirstKCount() {
        assertThat(RankingMetrics.mrr(List.of("x", "y", "a"), grades, 2)).isZero();
        assertThat(RankingMetrics.recall(List.of("a", "x", "d"), grades, 2)).isCloseTo(1.0 / 3, within(1e-9));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
