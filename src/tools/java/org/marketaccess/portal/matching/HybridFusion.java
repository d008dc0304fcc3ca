package org.marketaccess.portal.matching;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two rankings of the same query made one (decision 030). A convex combination of the two scores,
 * each min–max normalized over the union of both candidate lists (Bruch, Gai and Ingber, "An
 * Analysis of Fusion Functions for Hybrid Retrieval", 2023), or reciprocal rank fusion (Cormack,
 * Clarke and Büttcher, 2009), which needs no scores at all. Ties go to the smaller id, as in the
 * engine.
 */
public final class HybridFusion {

    /** The constant of reciprocal rank fusion: the value of its paper, never tuned here. */
    public static final int RRF_K = 60;

    private HybridFusion() {}

    /**
     * The best {@code k} of the union of both maps by {@code (1 − alpha) · lexical + alpha · dense},
     * each normalized to [0, 1] by the least and greatest score of the union. Both maps must score
     * every candidate of the union (a candidate one side did not find gets its real score from that
     * side, not a guess).
     */
    public static List<String> convex(Map<String, Double> lexical, Map<String, Double> dense, double alpha, int k) {
        Set<String> union = new LinkedHashSet<>(lexical.keySet());
        union.addAll(dense.keySet());
        double[] lexicalRange = range(lexical, union);
        double[] denseRange = range(dense, union);
        Map<String, Double> fused = new HashMap<>();
        for (String id : union) {
            fused.put(
                    id,
                    (1 - alpha) * normalized(lexical.getOrDefault(id, lexicalRange[0]), lexicalRange)
                            + alpha * normalized(dense.getOrDefault(id, denseRange[0]), denseRange));
        }
        return best(fused, k);
    }

    /** The best {@code k} by the sum over both lists of {@code 1 / (RRF_K + rank)}, ranks from 1. */
    public static List<String> reciprocalRank(List<String> lexical, List<String> dense, int k) {
        Map<String, Double> fused = new HashMap<>();
        for (List<String> ranking : List.of(lexical, dense)) {
            for (int rank = 0; rank < ranking.size(); rank++) {
                fused.merge(ranking.get(rank), 1.0 / (RRF_K + rank + 1), Double::sum);
            }
        }
        return best(fused, k);
    }

    private static double[] range(Map<String, Double> scores, Set<String> union) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (String id : union) {
            Double score = scores.get(id);
            if (score != null) {
                min = Math.min(min, score);
                max = Math.max(max, score);
            }
        }
        return min > max ? new double[] {0, 0} : new double[] {min, max};
    }

    private static double normalized(double score, double[] range) {
        return range[1] > range[0] ? (score - range[0]) / (range[1] - range[0]) : 0;
    }

    /** The {@code k} best ids by score, ties to the smaller id. */
    static List<String> best(Map<String, Double> scores, int k) {
        return scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(k)
                .map(Map.Entry::getKey)
                .toList();
    }
}
