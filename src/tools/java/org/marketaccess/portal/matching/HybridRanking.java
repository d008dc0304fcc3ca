package org.marketaccess.portal.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.marketaccess.portal.search.DenseIndex;
import org.marketaccess.portal.search.HybridPairScore;
import org.marketaccess.portal.search.RankedMatch;

/**
 * The hybrid variants of one direction of the evaluation (decision 030): the engine's best {@link
 * #CANDIDATES} and the dense index's nearest {@link #CANDIDATES}, fused three ways: in the pair
 * score's text part ({@link HybridPairScore}, the only one a portal score could use, decision 011),
 * a convex combination of min–max normalized scores, and reciprocal rank fusion. A candidate found
 * by one side only is scored by the other exactly (the engine's score of the pair, the cosine of
 * the two vectors), so no fusion guesses a missing score.
 */
final class HybridRanking {

    /** Candidates taken from each side. */
    static final int CANDIDATES = 100;

    /**
     * The weight of the dense cosine in the pair's text part, and of the dense score in the min–max
     * combination: chosen on Cranfield (the set with the most queries) and only confirmed on the
     * others; see decision 030.
     */
    static final double BETA = 0.4;

    static final double ALPHA = 0.5;

    /** Weights printed as a sweep beside the chosen one, so that the choice can be checked. */
    static final double[] SWEEP = {0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};

    static final String SWEEP_PREFIX = "sweep:";

    private record Fused(
            List<String> dense,
            List<String> rrf,
            List<List<String>> convex,
            List<List<String>> pair,
            List<String> rerank) {}

    private final DenseIndex dense;
    private final Function<String, float[]> queryVector;
    private final Function<String, String> queryOrganization;
    private final String targetKind;
    private final Function<String, List<RankedMatch>> lexical;
    private final BiFunction<String, String, Double> pairScore;
    private final BiFunction<String, String, double[]> textAndFactor;
    private final Map<String, Fused> fused = new HashMap<>();

    /**
     * @param queryVector a query's unit vector
     * @param queryOrganization a query's organization (its postings are never candidates), or null
     * @param targetKind the kind of the candidates (null: every document)
     * @param lexical the engine's best {@link #CANDIDATES} for a query, with scores
     * @param pairScore the engine's score of a query and a document it did not list
     * @param textAndFactor the engine's text part of a pair and its requirement and region factor
     *     ({@link HybridPairScore#textAndFactor})
     */
    HybridRanking(
            DenseIndex dense,
            Function<String, float[]> queryVector,
            Function<String, String> queryOrganization,
            String targetKind,
            Function<String, List<RankedMatch>> lexical,
            BiFunction<String, String, Double> pairScore,
            BiFunction<String, String, double[]> textAndFactor) {
        this.dense = dense;
        this.queryVector = queryVector;
        this.queryOrganization = queryOrganization;
        this.targetKind = targetKind;
        this.lexical = lexical;
        this.pairScore = pairScore;
        this.textAndFactor = textAndFactor;
    }

    /**
     * Name → ranking of a query's top {@code k}: dense alone, the pair fusion at {@link #BETA}
     * ("hybrid"), the same on the engine's candidates only ("rerank"), min–max at {@link #ALPHA}, RRF, then
     * both sweeps ({@code sweep:pair:0.3}, ...).
     */
    Map<String, Function<String, List<String>>> variants(int k) {
        Map<String, Function<String, List<String>>> variants = new LinkedHashMap<>();
        variants.put("dense", query -> fuse(query, k).dense());
        variants.put("hybrid", query -> fuse(query, k).pair().get(indexOf(BETA)));
        // the pair fusion on the engine's own candidates only: no HNSW search, a stored vector per posting
        variants.put("rerank", query -> fuse(query, k).rerank());
        variants.put("minmax", query -> fuse(query, k).convex().get(indexOf(ALPHA)));
        variants.put("rrf", query -> fuse(query, k).rrf());
        for (int i = 0; i < SWEEP.length; i++) {
            int at = i;
            String weight = String.format(Locale.ROOT, "%.1f", SWEEP[i]);
            variants.put(
                    SWEEP_PREFIX + "pair:" + weight,
                    query -> fuse(query, k).pair().get(at));
            variants.put(
                    SWEEP_PREFIX + "minmax:" + weight,
                    query -> fuse(query, k).convex().get(at));
        }
        return variants;
    }

    private Fused fuse(String query, int k) {
        return fused.computeIfAbsent(query, q -> {
            float[] vector = queryVector.apply(q);
            Map<String, Double> denseScores =
                    new LinkedHashMap<>(dense.nearest(vector, targetKind, queryOrganization.apply(q), CANDIDATES));
            List<String> denseRanking = List.copyOf(denseScores.keySet());
            Map<String, Double> lexicalScores = new LinkedHashMap<>();
            lexical.apply(q).forEach(match -> lexicalScores.put(match.id(), match.score()));
            List<String> lexicalRanking = List.copyOf(lexicalScores.keySet());
            for (String id : lexicalRanking) {
                denseScores.computeIfAbsent(id, missing -> DenseIndex.cosine(vector, dense.vector(missing)));
            }
            for (String id : denseRanking) {
                lexicalScores.computeIfAbsent(id, missing -> pairScore.apply(q, missing));
            }
            List<List<String>> convex = new ArrayList<>();
            for (double alpha : SWEEP) {
                convex.add(HybridFusion.convex(lexicalScores, denseScores, alpha, k));
            }
            Map<String, double[]> parts = new HashMap<>();
            lexicalScores.keySet().forEach(id -> parts.put(id, textAndFactor.apply(q, id)));
            List<List<String>> pair = new ArrayList<>();
            for (double beta : SWEEP) {
                Map<String, Double> scores = new HashMap<>();
                lexicalScores.forEach((id, engine) -> scores.put(
                        id,
                        HybridPairScore.fused(engine, parts.get(id)[0], parts.get(id)[1], denseScores.get(id), beta)));
                pair.add(HybridFusion.best(scores, k));
            }
            Map<String, Double> rerank = new HashMap<>();
            for (String id : lexicalRanking) {
                rerank.put(
                        id,
                        HybridPairScore.fused(
                                lexicalScores.get(id), parts.get(id)[0], parts.get(id)[1], denseScores.get(id), BETA));
            }
            return new Fused(
                    denseRanking.subList(0, Math.min(k, denseRanking.size())),
                    HybridFusion.reciprocalRank(lexicalRanking, denseRanking, k),
                    convex,
                    pair,
                    HybridFusion.best(rerank, k));
        });
    }

    private static int indexOf(double weight) {
        for (int i = 0; i < SWEEP.length; i++) {
            if (Math.abs(SWEEP[i] - weight) < 1e-9) {
                return i;
            }
        }
        throw new IllegalStateException("The chosen weights must be among the SWEEP");
    }
}
