package org.marketaccess.portal.matching;

import java.util.List;
import java.util.Map;

/**
 * nDCG@k (linear gains, as trec_eval), MRR@k and Recall@k of one ranked list against graded
 * judgements; unjudged documents count as not relevant, grade 1 and above as relevant.
 */
public final class RankingMetrics {

    private RankingMetrics() {}

    public static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += grades.getOrDefault(ranked.get(i), 0) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream()
                .filter(grade -> grade > 0)
                .sorted((a, b) -> b - a)
                .toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    public static double mrr(List<String> ranked, Map<String, Integer> grades, int k) {
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (grades.getOrDefault(ranked.get(i), 0) > 0) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    public static double recall(List<String> ranked, Map<String, Integer> grades, int k) {
        long relevant = grades.values().stream().filter(grade -> grade > 0).count();
        if (relevant == 0) {
            return 0;
        }
        long found = ranked.stream()
                .limit(k)
                .filter(id -> grades.getOrDefault(id, 0) > 0)
                .count();
        return (double) found / relevant;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
