package org.marketaccess.portal.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.marketaccess.portal.posting.PostingKind;
import org.marketaccess.portal.search.DenseIndex;
import org.marketaccess.portal.search.HybridPairScore;
import org.marketaccess.portal.search.MatchEngine;
import org.marketaccess.portal.search.NeedProfile;
import org.marketaccess.portal.search.OpportunityProfile;
import org.marketaccess.portal.search.SentenceEmbedder;

/**
 * The hybrid part of {@code scripts/evaluate-ranking DIR hybrid} (decision 030): embeds the
 * postings, wires the engine and the dense index into {@link HybridRanking} for each direction, and
 * prints the weight sweeps.
 */
final class HybridVariants {

    private static SentenceEmbedder embedder;
    /** The int8 variant of the model ('hybrid-int8'): a quarter of the size, twice as fast. */
    private static boolean quantized;

    private HybridVariants() {}

    static void quantized(boolean int8) {
        quantized = int8;
    }

    /** Loaded once per run: the model takes a second to load. */
    private static SentenceEmbedder embedder() {
        if (embedder == null) {
            embedder = SentenceEmbedder.miniLm(quantized);
        }
        return embedder;
    }

    /** Every posting embedded (title, then the text the engine indexes), timed. */
    static DenseIndex index(Collection<NeedProfile> needs, Collection<OpportunityProfile> opportunities) {
        List<DenseIndex.Posting> postings = new ArrayList<>();
        needs.forEach(need -> postings.add(new DenseIndex.Posting(
                need.id(), PostingKind.NEED.name(), need.organizationId(), text(need.title(), need.description()))));
        opportunities.forEach(opportunity -> postings.add(new DenseIndex.Posting(
                opportunity.id(),
                PostingKind.OPPORTUNITY.name(),
                opportunity.organizationId(),
                text(
                        opportunity.title(),
                        opportunity.description() + "\n" + text(opportunity.desiredOutcomes(), "")))));
        long start = System.nanoTime();
        DenseIndex index = new DenseIndex(postings, embedder());
        System.out.printf(
                Locale.ROOT,
                "embedded %d postings with %s in %d ms%n",
                postings.size(),
                embedder().name(),
                (System.nanoTime() - start) / 1_000_000);
        return index;
    }

    /** A BEIR corpus (its documents read as opportunities). */
    static DenseIndex index(Collection<OpportunityProfile> corpus) {
        return index(List.of(), corpus);
    }

    static Map<String, Function<String, List<String>>> towardsOpportunities(
            MatchEngine engine,
            DenseIndex dense,
            Map<String, NeedProfile> needs,
            Map<String, OpportunityProfile> opportunities,
            int k) {
        HybridPairScore pair = new HybridPairScore(engine);
        return new HybridRanking(
                        dense,
                        dense::vector,
                        needId -> needs.get(needId).organizationId(),
                        PostingKind.OPPORTUNITY.name(),
                        needId -> engine.opportunitiesFor(needs.get(needId), HybridRanking.CANDIDATES),
                        (needId, opportunityId) ->
                                engine.score(needs.get(needId), opportunities.get(opportunityId), true),
                        (needId, opportunityId) ->
                                pair.textAndFactor(needs.get(needId), opportunities.get(opportunityId), true))
                .variants(k);
    }

    static Map<String, Function<String, List<String>>> towardsNeeds(
            MatchEngine engine,
            DenseIndex dense,
            Map<String, NeedProfile> needs,
            Map<String, OpportunityProfile> opportunities,
            int k) {
        HybridPairScore pair = new HybridPairScore(engine);
        return new HybridRanking(
                        dense,
                        dense::vector,
                        opportunityId -> opportunities.get(opportunityId).organizationId(),
                        PostingKind.NEED.name(),
                        opportunityId -> engine.needsFor(opportunities.get(opportunityId), HybridRanking.CANDIDATES),
                        (opportunityId, needId) ->
                                engine.score(needs.get(needId), opportunities.get(opportunityId), false),
                        (opportunityId, needId) ->
                                pair.textAndFactor(needs.get(needId), opportunities.get(opportunityId), false))
                .variants(k);
    }

    /** BEIR: each query embedded as it is (the model is symmetric), matched against the corpus. */
    static Map<String, Function<String, List<String>>> queriesToCorpus(
            MatchEngine engine,
            DenseIndex dense,
            Map<String, String> queries,
            Map<String, OpportunityProfile> corpus,
            Function<String, NeedProfile> query,
            int k) {
        HybridPairScore pair = new HybridPairScore(engine);
        List<String> ids = List.copyOf(queries.keySet());
        List<float[]> vectors =
                embedder().embedAll(ids.stream().map(queries::get).toList());
        Map<String, float[]> queryVectors = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            queryVectors.put(ids.get(i), vectors.get(i));
        }
        return new HybridRanking(
                        dense,
                        queryVectors::get,
                        queryId -> null,
                        PostingKind.OPPORTUNITY.name(),
                        queryId -> engine.opportunitiesFor(query.apply(queryId), HybridRanking.CANDIDATES),
                        (queryId, documentId) -> engine.score(query.apply(queryId), corpus.get(documentId), true),
                        (queryId, documentId) -> pair.textAndFactor(query.apply(queryId), corpus.get(documentId), true))
                .variants(k);
    }

    /** One SWEEP line per direction and fusion: nDCG@10 by the weight of the dense side. */
    static void printSweeps(List<RankingEvaluation.Result> results) {
        for (String fusion : List.of("pair", "minmax")) {
            String prefix = HybridRanking.SWEEP_PREFIX + fusion + ":";
            for (RankingEvaluation.Result result : results) {
                if (result.variants().isEmpty()) {
                    continue;
                }
                StringBuilder sweep = new StringBuilder(
                        "SWEEP direction=" + result.direction() + " fusion=" + fusion + " ndcg@10 by dense weight:");
                result.variants().forEach((name, figures) -> {
                    if (name.startsWith(prefix)) {
                        sweep.append(String.format(
                                Locale.ROOT, " %s=%.4f", name.substring(prefix.length()), figures.ndcg()));
                    }
                });
                System.out.println(sweep);
            }
        }
    }

    private static String text(String title, String text) {
        return (title == null ? "" : title) + "\n" + (text == null ? "" : text);
    }
}
