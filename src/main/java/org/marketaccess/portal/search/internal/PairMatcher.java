package org.marketaccess.portal.search.internal;

import static org.marketaccess.portal.search.internal.PostingSchema.CERT;
import static org.marketaccess.portal.search.internal.PostingSchema.CONCEPT_VECTOR;
import static org.marketaccess.portal.search.internal.PostingSchema.ID;
import static org.marketaccess.portal.search.internal.PostingSchema.INTEGRATION;
import static org.marketaccess.portal.search.internal.PostingSchema.LANGUAGE;
import static org.marketaccess.portal.search.internal.PostingSchema.REGION;
import static org.marketaccess.portal.search.internal.PostingSchema.STAGE;
import static org.marketaccess.portal.search.internal.PostingSchema.VECTOR;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.marketaccess.portal.posting.PostingLanguage;

/**
 * A posting's best matches of the other kind: Lucene finds candidates with a query whose score
 * bounds the facet part by a constant per shared code; the candidates are then rescored exactly
 * from doc values (text cosine, Dice overlap, requirements, regions), so no stored field is read.
 */
public final class PairMatcher {

    /** Candidates rescored exactly for a top 10; more for longer lists. */
    static final int CANDIDATES = 100;

    /** One facet of the query posting: its codes and the weight of their Dice overlap in the score. */
    public record FacetWant(String field, Set<String> codes, double weight) {}

    /**
     * A posting looking for postings of the other kind.
     *
     * @param towardsOpportunities the documents are opportunities (their requirements are checked
     *     against the query's offer); otherwise they are needs (the query's requirements against theirs)
     * @param otherRequirementFactor the requirement factor as the document's side weighs it
     * @param otherRegionFactor the region factor as the document's side weighs it
     */
    public record MatchQuery(
            String targetKind,
            boolean towardsOpportunities,
            String title,
            String body,
            String excludedOrganization,
            List<FacetWant> facets,
            Set<String> certifications,
            Set<String> integrations,
            int stageRank,
            Set<String> regions,
            double textWeight,
            double requirementFactor,
            double regionFactor,
            LocalDate today,
            String onlyId,
            org.marketaccess.portal.search.Visibility visibility,
            PostingLanguage language,
            double otherRequirementFactor,
            double otherRegionFactor) {}

    /**
     * A document and its score as the query's side sees it; {@code otherView} is the score as the
     * document's side sees the same pair (the requirement and region factors swap their weight).
     */
    public record Scored(String id, double score, double otherView) {}

    private final PostingQueries queries;
    private final PairText pairText;
    private final Statistics statistics;

    /** The term statistics a searcher's pairs are weighed with (a snapshot, see {@link PostingIndex}). */
    interface Statistics {
        PairText.Statistics of(IndexSearcher searcher) throws IOException;
    }

    PairMatcher(PostingQueries queries, PairText pairText, Statistics statistics) {
        this.queries = queries;
        this.pairText = pairText;
        this.statistics = statistics;
    }

    /** The best {@code k} documents by the exact score. */
    List<Scored> match(IndexSearcher searcher, MatchQuery q, int k) throws IOException {
        // BM25 finds the candidates; their score is then the pair's own (text similarity of the
        // two postings, facet overlaps, requirements), never relative to the other candidates
        PostingQueries.TextQuery text = queries.posting(q.title(), q.body(), q.language(), searcher);
        float textBoost = text == null ? 0f : (float) (q.textWeight() / text.estimate());
        BooleanQuery.Builder combined = new BooleanQuery.Builder();
        if (textBoost > 0) {
            // The term clauses go straight into the outer query (not nested): then Lucene's
            // MaxScore can skip the documents that only weak terms match.
            for (BooleanClause clause : text.query().clauses()) {
                Query term = clause.query();
                float boost = textBoost;
                if (term instanceof BoostQuery boosted) {
                    boost *= boosted.getBoost();
                    term = boosted.getQuery();
                }
                combined.add(new BoostQuery(term, boost), BooleanClause.Occur.SHOULD);
            }
        }
        for (FacetWant want : q.facets()) {
            if (want.codes().isEmpty()) {
                continue;
            }
            // Dice with an opposite set of the same size: exact for equal sizes, close otherwise.
            float boost = (float) (want.weight() / want.codes().size());
            for (String code : want.codes()) {
                combined.add(
                        new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(want.field(), code))), boost),
                        BooleanClause.Occur.SHOULD);
            }
        }
        List<Query> filters = new ArrayList<>(PostingQueries.kindFilters(q.targetKind(), q.today()));
        if (q.onlyId() != null) {
            filters.add(new TermQuery(new Term(ID, q.onlyId())));
        }
        filters.addAll(PostingQueries.visible(q.visibility()));
        Query candidates = PostingQueries.candidates(combined.build(), filters, q.excludedOrganization());
        ScoreDoc[] found = searcher.search(candidates, Math.max(CANDIDATES, 10 * k)).scoreDocs;
        PairText.Statistics stats = statistics.of(searcher);
        PairText.Vectors vectors = pairText.vectors(q.language(), q.title(), q.body());
        Prepared prepared = new Prepared(
                PairText.prepare(vectors.words(), stats), PairText.prepare(vectors.withConcepts(), stats), stats);
        return rescore(searcher, q, prepared, found, k);
    }

    /** The query posting's vectors weighed once, with the statistics they were weighed by. */
    private record Prepared(PairText.Prepared words, PairText.Prepared withConcepts, PairText.Statistics statistics) {}

    private static List<Scored> rescore(
            IndexSearcher searcher, MatchQuery q, Prepared vectors, ScoreDoc[] candidates, int k) throws IOException {
        ScoreDoc[] byDoc = candidates.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(hit -> hit.doc));
        double[] base = new double[byDoc.length];
        double[] factor = new double[byDoc.length];
        double[] otherFactor = new double[byDoc.length];
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int i = 0;
        while (i < byDoc.length) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(byDoc[i].doc, leaves));
            LeafFacts facts = new LeafFacts(leaf.reader(), q);
            int end = leaf.docBase + leaf.reader().maxDoc();
            for (; i < byDoc.length && byDoc[i].doc < end; i++) {
                int doc = byDoc[i].doc - leaf.docBase;
                double facetExact = 0;
                for (int f = 0; f < q.facets().size(); f++) {
                    FacetWant want = q.facets().get(f);
                    int[] sharedAndSize = facts.facet(f, doc);
                    facetExact +=
                            want.weight() * dice(sharedAndSize[0], want.codes().size(), sharedAndSize[1]);
                }
                base[i] = facts.textSimilarity(doc, vectors) * q.textWeight() + facetExact;
                boolean met = facts.requirementsMet(doc);
                boolean fits = facts.regionFits(doc);
                factor[i] = (met ? 1 : q.requirementFactor()) * (fits ? 1 : q.regionFactor());
                // the other side weighs the same facts the other way round
                otherFactor[i] = (met ? 1 : q.otherRequirementFactor()) * (fits ? 1 : q.otherRegionFactor());
            }
        }
        double[] score = new double[byDoc.length];
        for (int c = 0; c < byDoc.length; c++) {
            score[c] = base[c] * factor[c];
        }
        // Ids are read for the best k only (and any tied with the k-th): ties are broken by id.
        double[] sorted = score.clone();
        Arrays.sort(sorted);
        double kth = sorted.length < k ? Double.NEGATIVE_INFINITY : sorted[sorted.length - k];
        List<Scored> scored = new ArrayList<>();
        for (int c = 0; c < byDoc.length; c++) {
            if (score[c] >= kth) {
                scored.add(new Scored(PostingSchema.id(searcher, byDoc[c].doc), score[c], base[c] * otherFactor[c]));
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::id))
                .limit(k)
                .toList();
    }

    /** Dice overlap of two code sets of sizes {@code a} and {@code b}: 1 when equal, 0 when disjoint. */
    static double dice(int shared, int a, int b) {
        return a == 0 || b == 0 ? 0 : 2.0 * shared / (a + b);
    }

    /** Doc values of one segment, with the query's codes turned into that segment's ordinals. */
    private static final class LeafFacts {

        private final MatchQuery q;
        private final BinaryDocValues vectors;
        private final BinaryDocValues conceptVectors;
        private final SortedDocValues languages;
        /** The segment's ordinal of English; negative when none of its postings is English. */
        private final int english;

        private final SortedSetDocValues[] facetValues;
        private final long[][] facetOrds;
        private final SortedSetDocValues certs;
        private final Set<Long> certOrds;
        private final SortedSetDocValues integrations;
        private final Set<Long> integrationOrds;
        private final NumericDocValues stages;
        private final SortedSetDocValues regions;
        private final Set<Long> regionOrds;

        LeafFacts(LeafReader reader, MatchQuery q) throws IOException {
            this.q = q;
            vectors = DocValues.getBinary(reader, VECTOR);
            conceptVectors = DocValues.getBinary(reader, CONCEPT_VECTOR);
            languages = DocValues.getSorted(reader, LANGUAGE);
            english = languages.lookupTerm(new BytesRef(PostingLanguage.EN.code()));
            facetValues = new SortedSetDocValues[q.facets().size()];
            facetOrds = new long[q.facets().size()][];
            for (int f = 0; f < facetValues.length; f++) {
                String field = q.facets().get(f).field();
                facetValues[f] = DocValues.getSortedSet(reader, field);
                facetOrds[f] = ords(
                                DocValues.getSortedSet(reader, field),
                                q.facets().get(f).codes())
                        .stream()
                        .mapToLong(Long::longValue)
                        .toArray();
            }
            certs = DocValues.getSortedSet(reader, CERT);
            certOrds = ords(DocValues.getSortedSet(reader, CERT), q.certifications());
            integrations = DocValues.getSortedSet(reader, INTEGRATION);
            integrationOrds = ords(DocValues.getSortedSet(reader, INTEGRATION), q.integrations());
            stages = DocValues.getNumeric(reader, STAGE);
            regions = DocValues.getSortedSet(reader, REGION);
            regionOrds = ords(DocValues.getSortedSet(reader, REGION), q.regions());
        }

        /**
         * The segment's ordinals of {@code codes}. A code the segment lacks gets a negative number,
         * which no document has: it stays required and never overlaps.
         */
        private static Set<Long> ords(SortedSetDocValues values, Set<String> codes) throws IOException {
            Set<Long> ords = new HashSet<>();
            for (String code : codes) {
                long ord = values.lookupTerm(new BytesRef(code));
                // distinct missing codes must stay distinct: one can be required besides another
                ords.add(ord >= 0 ? ord : Long.MIN_VALUE + ords.size());
            }
            return ords;
        }

        private static Set<Long> codes(SortedSetDocValues values, int doc) throws IOException {
            if (!values.advanceExact(doc)) {
                return Set.of();
            }
            Set<Long> ords = new HashSet<>();
            for (int v = values.docValueCount(); v > 0; v--) {
                ords.add(values.nextOrd());
            }
            return ords;
        }

        /**
         * The text similarity of the document's vector and the query's: of their words when both are
         * English, of words and concepts otherwise ({@link PairText.Vectors}).
         */
        double textSimilarity(int doc, Prepared query) throws IOException {
            boolean englishDoc = english >= 0 && languages.advanceExact(doc) && languages.ordValue() == english;
            if (englishDoc && q.language() == PostingLanguage.EN) {
                return vectors.advanceExact(doc)
                        ? PairText.similarity(query.words(), vectors.binaryValue(), query.statistics())
                        : 0;
            }
            if (englishDoc && conceptVectors.advanceExact(doc)) {
                return PairText.similarity(query.withConcepts(), conceptVectors.binaryValue(), query.statistics());
            }
            return vectors.advanceExact(doc)
                    ? PairText.similarity(query.withConcepts(), vectors.binaryValue(), query.statistics())
                    : 0;
        }

        /** How many of the query's codes the document has, and how many codes it has. */
        int[] facet(int f, int doc) throws IOException {
            SortedSetDocValues values = facetValues[f];
            if (!values.advanceExact(doc)) {
                return new int[] {0, 0};
            }
            int count = values.docValueCount();
            int shared = 0;
            for (int v = 0; v < count; v++) {
                long ord = values.nextOrd();
                for (long want : facetOrds[f]) {
                    if (want == ord) {
                        shared++;
                        break;
                    }
                }
            }
            return new int[] {shared, count};
        }

        boolean requirementsMet(int doc) throws IOException {
            int stage = stages.advanceExact(doc) ? (int) stages.longValue() : 0;
            Set<Long> docCerts = codes(certs, doc);
            Set<Long> docIntegrations = codes(integrations, doc);
            return q.towardsOpportunities()
                    // the document (an opportunity) requires, the query (a need) offers
                    ? PairRules.requirementsMet(
                            docCerts, certOrds, docIntegrations, integrationOrds, stage, q.stageRank())
                    : PairRules.requirementsMet(
                            certOrds, docCerts, integrationOrds, docIntegrations, q.stageRank(), stage);
        }

        boolean regionFits(int doc) throws IOException {
            Set<Long> docRegions = codes(regions, doc);
            return q.towardsOpportunities()
                    ? PairRules.regionFits(regionOrds, docRegions)
                    : PairRules.regionFits(docRegions, regionOrds);
        }
    }
}
