package org.marketaccess.portal.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.marketaccess.portal.posting.PostingKind;

/**
 * One Lucene index holding needs and opportunities: one long-lived writer, a near-real-time searcher
 * refreshed after every change, commits on request. Text goes into analyzed title and body fields;
 * every taxonomy code into an indexed term (for queries) and doc values (for rescoring and facet
 * counts), so that matching never reads stored fields.
 */
public final class PostingIndex implements AutoCloseable {

    static final String ID = "id";
    static final String KIND = "kind";
    static final String ORG = "org";
    static final String TITLE = "title";
    static final String BODY = "body";
    public static final String CLINICAL = "clinical";
    public static final String CATEGORY = "category";
    public static final String SETTING = "setting";
    static final String CERT = "cert";
    static final String INTEGRATION = "integration";
    /** Opportunities: their region and every region enclosing it; needs: the regions they are open to. */
    public static final String REGION = "region";

    static final String STAGE = "stage";
    static final String DEADLINE = "deadline";
    static final String PUBLISHED = "published";
    static final String VERSION = "version";
    /** The posting's text as a normalized term vector ({@link PairText}), for the pair's text similarity. */
    static final String VECTOR = "vector";

    /** Changes whenever the document layout does; an index written with another layout is rebuilt. */
    static final String SCHEMA = "postings-3";

    private static final String SCHEMA_KEY = "schema";
    private static final String BATCH_KEY = "batch";
    static final String BATCH = "batch";

    /** Lucene's default limit on the clauses of one query, with room for the two text fields. */
    private static final int MAX_TERMS = 480;

    /**
     * A posting used as a query keeps only its most telling terms (weight × idf), as MoreLikeThis
     * does: common words add cost and little ranking.
     */
    static final int MATCH_TERMS = 32;

    /** Candidates rescored exactly for a top 10; more for longer lists. */
    static final int CANDIDATES = 100;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer queryAnalyzer = MedicalAnalyzer.forQueries();
    private final PairText pairText = PairText.reference();
    private final float titleBoost;
    private final AtomicLong generation = new AtomicLong();
    private final java.util.List<Runnable> changeListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ReentrantLock rebuildLock = new ReentrantLock();
    private final boolean fresh;
    /** Documents carry the number of the rebuild that last put them; older ones are stale after a rebuild. */
    private volatile long batch;

    private PostingIndex(Directory directory, boolean fresh, float titleBoost) throws IOException {
        this.directory = directory;
        this.fresh = fresh;
        this.titleBoost = titleBoost;
        IndexWriterConfig config = new IndexWriterConfig(MedicalAnalyzer.withoutSynonyms())
                .setOpenMode(fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        if (!fresh) {
            String last = SegmentInfos.readLatestCommit(directory).getUserData().get(BATCH_KEY);
            batch = last == null ? 0 : Long.parseLong(last);
        }
        writer.setLiveCommitData(commitData());
        if (fresh) {
            writer.commit();
        }
        this.searchers = new SearcherManager(writer, new SearcherFactory());
        searchers.addListener(new ReferenceManager.RefreshListener() {
            @Override
            public void beforeRefresh() {}

            @Override
            public void afterRefresh(boolean didRefresh) {
                if (didRefresh) {
                    generation.incrementAndGet();
                    changeListeners.forEach(Runnable::run);
                }
            }
        });
    }

    /**
     * Opens the index in {@code path}, creating it when there is none. An index that cannot be read
     * (another layout, another Lucene format, corrupt) is started afresh; {@link #isFresh()} then
     * tells the caller to fill it from the database.
     */
    public static PostingIndex open(Path path, float titleBoost) {
        try {
            Directory directory = FSDirectory.open(path);
            boolean fresh = !readable(directory);
            if (fresh) {
                // Whatever is there cannot be used; the database refills the index.
                for (String file : directory.listAll()) {
                    if (!file.equals("write.lock")) {
                        directory.deleteFile(file);
                    }
                }
            }
            try {
                return new PostingIndex(directory, fresh, titleBoost);
            } catch (LockObtainFailedException e) {
                directory.close();
                throw new IllegalStateException(
                        "The search index in " + path + " is in use by another process of the portal", e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + path, e);
        }
    }

    public static PostingIndex inMemory(float titleBoost) {
        try {
            return new PostingIndex(new ByteBuffersDirectory(), true, titleBoost);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean readable(Directory directory) throws IOException {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return false;
            }
            return SCHEMA.equals(
                    SegmentInfos.readLatestCommit(directory).getUserData().get(SCHEMA_KEY));
        } catch (CorruptIndexException
                | IndexFormatTooOldException
                | IndexFormatTooNewException
                | java.io.EOFException e) {
            // The database holds everything the index holds: an unreadable index is rebuilt from it.
            return false;
        }
    }

    /** Whether the index was created empty when opened (none there, or unreadable). */
    public boolean isFresh() {
        return fresh;
    }

    /** Rises each time the searcher sees new changes; a view re-runs its query when it has risen. */
    public long generation() {
        return generation.get();
    }

    /** Runs {@code listener} (in the refreshing thread) each time searches can see new changes. */
    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    public record Doc(
            String id,
            String kind,
            String organizationId,
            String title,
            String body,
            Collection<String> clinicalAreas,
            Collection<String> categories,
            Collection<String> careSettings,
            Collection<String> certifications,
            Collection<String> integrations,
            Collection<String> regions,
            int stageRank,
            Long deadlineEpochDay,
            long publishedMillis,
            long version) {}

    public void put(Doc doc) {
        try {
            writer.updateDocument(new Term(ID, doc.id()), document(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String id) {
        try {
            writer.deleteDocuments(new Term(ID, id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the changes so far visible to searches. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the changes so far durable. */
    public void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Puts again every document {@code fill} gives, then removes the ones it did not give. Documents
     * are replaced one by one, so searches never see an empty or half-empty index; a rebuild that
     * fails midway leaves current documents plus some stale ones, which the next rebuild removes.
     */
    public void rebuild(Runnable fill) {
        rebuildLock.lock();
        try {
            long next = batch + 1;
            batch = next;
            writer.setLiveCommitData(commitData());
            fill.run();
            writer.deleteDocuments(LongField.newRangeQuery(BATCH, Long.MIN_VALUE, next - 1));
            // A rebuild replaced every document: merge into one segment without the deleted ones,
            // which is what searches are fastest on.
            writer.forceMerge(1);
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            rebuildLock.unlock();
        }
    }

    private Iterable<Map.Entry<String, String>> commitData() {
        return Map.of(SCHEMA_KEY, SCHEMA, BATCH_KEY, Long.toString(batch)).entrySet();
    }

    /** Every indexed posting of a kind with the version it was indexed at. */
    public Map<String, Long> versions(String kind) {
        Map<String, Long> versions = new HashMap<>();
        withSearcher(searcher -> {
            Query query = new TermQuery(new Term(KIND, kind));
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                var scorer = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1)
                        .scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                SortedDocValues ids = DocValues.getSorted(leaf.reader(), ID);
                NumericDocValues version = DocValues.getNumeric(leaf.reader(), VERSION);
                var live = leaf.reader().getLiveDocs();
                var it = scorer.iterator();
                for (int doc = it.nextDoc();
                        doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                        doc = it.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    ids.advanceExact(doc);
                    long v = version.advanceExact(doc) ? version.longValue() : -1;
                    versions.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), v);
                }
            }
            return null;
        });
        return versions;
    }

    public long count(String kind) {
        return withSearcher(searcher -> (long) searcher.count(new TermQuery(new Term(KIND, kind))));
    }

    // ---------------------------------------------------------------- matching

    /** One facet of the query posting: its codes and the weight of their Dice overlap in the score. */
    public record FacetWant(String field, Set<String> codes, double weight) {}

    /**
     * A posting looking for postings of the other kind.
     *
     * @param towardsOpportunities the documents are opportunities (their requirements are checked
     *     against the query's offer); otherwise they are needs (the query's requirements against theirs)
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
            String onlyId) {}

    /**
     * A document and its score as the query's side sees it; {@code otherView} is the score as the
     * document's side sees the same pair (the requirement and region factors swap their weight).
     */
    public record Scored(String id, double score, double otherView) {}

    /**
     * The best {@code k} documents by the exact score. Lucene finds candidates with a query whose
     * score bounds the facet part by a constant per shared code; the candidates are then rescored
     * exactly from doc values (Dice overlap, requirements, regions), so no stored field is read.
     */
    public List<Scored> match(MatchQuery q, int k) {
        List<Query> filters = targetFilters(q.targetKind(), q.today());
        return withSearcher(searcher -> {
            // BM25 finds the candidates; their score is then the pair's own (text similarity of the
            // two postings, facet overlaps, requirements), never relative to the other candidates
            TextQuery text = matchTextQuery(q.title(), q.body(), searcher);
            float textBoost = text == null ? 0f : (float) (q.textWeight() / text.estimate());
            BooleanQuery.Builder combined = new BooleanQuery.Builder();
            if (textBoost > 0) {
                // The term clauses go straight into the outer query (not nested): then Lucene's
                // MaxScore can skip the documents that only weak terms match.
                for (BooleanClause clause : ((BooleanQuery) text.query()).clauses()) {
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
            combined.setMinimumNumberShouldMatch(1);
            List<Query> candidateFilters = new ArrayList<>(filters);
            if (q.onlyId() != null) {
                candidateFilters.add(new TermQuery(new Term(ID, q.onlyId())));
            }
            Query candidatesQuery = filtered(combined.build(), candidateFilters, q.excludedOrganization(), false);
            int n = Math.max(CANDIDATES, 10 * k);
            ScoreDoc[] candidates = searcher.search(candidatesQuery, n).scoreDocs;
            return rescore(searcher, q, pairText.vector(q.title(), q.body()), candidates, k);
        });
    }

    private List<Scored> rescore(IndexSearcher searcher, MatchQuery q, BytesRef vector, ScoreDoc[] candidates, int k)
            throws IOException {
        double[] textPart = new double[candidates.length];
        double[] facetPart = new double[candidates.length];
        double[] factor = new double[candidates.length];
        double[] otherFactor = new double[candidates.length];
        int[] docs = new int[candidates.length];
        ScoreDoc[] byDoc = candidates.clone();
        java.util.Arrays.sort(byDoc, Comparator.comparingInt(hit -> hit.doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<Scored> scored = new ArrayList<>(byDoc.length);
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
                textPart[i] = facts.textSimilarity(doc, vector);
                facetPart[i] = facetExact;
                boolean met = facts.requirementsMet(doc);
                boolean fits = facts.regionFits(doc);
                factor[i] = (met ? 1 : q.requirementFactor()) * (fits ? 1 : q.regionFactor());
                // the other side weighs the same facts the other way round
                otherFactor[i] = (met ? 1 : q.regionFactor()) * (fits ? 1 : q.requirementFactor());
                docs[i] = byDoc[i].doc;
            }
        }
        double[] score = new double[byDoc.length];
        for (int c = 0; c < byDoc.length; c++) {
            score[c] = (textPart[c] * q.textWeight() + facetPart[c]) * factor[c];
        }
        // Ids are read for the best k only (and any tied with the k-th): ties are broken by id.
        double[] sorted = score.clone();
        java.util.Arrays.sort(sorted);
        double kth = sorted.length < k ? Double.NEGATIVE_INFINITY : sorted[sorted.length - k];
        for (int c = 0; c < byDoc.length; c++) {
            if (score[c] >= kth) {
                double base = textPart[c] * q.textWeight() + facetPart[c];
                scored.add(new Scored(id(searcher, docs[c]), score[c], base * otherFactor[c]));
            }
        }
        return top(scored, k);
    }

    static double dice(int shared, int a, int b) {
        return a == 0 || b == 0 ? 0 : 2.0 * shared / (a + b);
    }

    /** Doc values of one segment, with the query's codes turned into that segment's ordinals. */
    private static final class LeafFacts {

        private final MatchQuery q;
        private final SortedDocValues ids;
        private final BinaryDocValues vectors;
        private final SortedSetDocValues[] facetValues;
        private final long[][] facetOrds;
        private final SortedSetDocValues certs;
        private final long[] certOrds;
        private final SortedSetDocValues integrations;
        private final long[] integrationOrds;
        private final NumericDocValues stages;
        private final SortedSetDocValues regions;
        private final long[] regionOrds;

        LeafFacts(LeafReader reader, MatchQuery q) throws IOException {
            this.q = q;
            ids = DocValues.getSorted(reader, ID);
            vectors = DocValues.getBinary(reader, VECTOR);
            facetValues = new SortedSetDocValues[q.facets().size()];
            facetOrds = new long[q.facets().size()][];
            for (int f = 0; f < facetValues.length; f++) {
                String field = q.facets().get(f).field();
                facetValues[f] = DocValues.getSortedSet(reader, field);
                facetOrds[f] = ords(
                        DocValues.getSortedSet(reader, field), q.facets().get(f).codes());
            }
            certs = DocValues.getSortedSet(reader, CERT);
            certOrds = ords(DocValues.getSortedSet(reader, CERT), q.certifications());
            integrations = DocValues.getSortedSet(reader, INTEGRATION);
            integrationOrds = ords(DocValues.getSortedSet(reader, INTEGRATION), q.integrations());
            stages = DocValues.getNumeric(reader, STAGE);
            regions = DocValues.getSortedSet(reader, REGION);
            regionOrds = ords(DocValues.getSortedSet(reader, REGION), q.regions());
        }

        private static long[] ords(SortedSetDocValues values, Set<String> codes) throws IOException {
            long[] ords = new long[codes.size()];
            int n = 0;
            for (String code : codes) {
                ords[n++] = values.lookupTerm(new BytesRef(code));
            }
            return ords;
        }

        String id(int doc) throws IOException {
            ids.advanceExact(doc);
            return ids.lookupOrd(ids.ordValue()).utf8ToString();
        }

        /** The cosine of the document's text vector and the query's. */
        double textSimilarity(int doc, BytesRef query) throws IOException {
            return vectors.advanceExact(doc) ? PairText.cosine(query, vectors.binaryValue()) : 0;
        }

        /** How many of the query's codes the document has, and how many codes it has. */
        int[] facet(int f, int doc) throws IOException {
            SortedSetDocValues values = facetValues[f];
            if (!values.advanceExact(doc)) {
                return new int[] {0, 0};
            }
            int count = values.docValueCount();
            return new int[] {shared(values, count, facetOrds[f]), count};
        }

        private static int shared(SortedSetDocValues values, int count, long[] wanted) throws IOException {
            int shared = 0;
            for (int v = 0; v < count; v++) {
                long ord = values.nextOrd();
                for (long want : wanted) {
                    if (want == ord) {
                        shared++;
                        break;
                    }
                }
            }
            return shared;
        }

        private static int docCount(SortedSetDocValues values, int doc) throws IOException {
            return values.advanceExact(doc) ? values.docValueCount() : 0;
        }

        boolean requirementsMet(int doc) throws IOException {
            int stage = stages.advanceExact(doc) ? (int) stages.longValue() : 0;
            if (q.towardsOpportunities()) {
                // The document (an opportunity) requires; everything it requires must be offered.
                int certCount = docCount(certs, doc);
                if (certCount > 0 && shared(certs, certCount, certOrds) < certCount) {
                    return false;
                }
                int integrationCount = docCount(integrations, doc);
                if (integrationCount > 0
                        && shared(integrations, integrationCount, integrationOrds) < integrationCount) {
                    return false;
                }
                return q.stageRank() >= stage;
            }
            // The query (an opportunity) requires; the document (a need) must offer all of it.
            if (!q.certifications().isEmpty()) {
                int certCount = docCount(certs, doc);
                if (shared(certs, certCount, certOrds) < q.certifications().size()) {
                    return false;
                }
            }
            if (!q.integrations().isEmpty()) {
                int integrationCount = docCount(integrations, doc);
                if (shared(integrations, integrationCount, integrationOrds)
                        < q.integrations().size()) {
                    return false;
                }
            }
            return stage >= q.stageRank();
        }

        /** The regions overlap (regions nest; the query side was expanded by the caller), or one side has none. */
        boolean regionFits(int doc) throws IOException {
            int count = docCount(regions, doc);
            if (count == 0 || q.regions().isEmpty()) {
                return true;
            }
            return shared(regions, count, regionOrds) > 0;
        }
    }

    private static List<Scored> top(List<Scored> scored, int k) {
        return scored.stream()
                .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::id))
                .limit(k)
                .toList();
    }

    // ---------------------------------------------------------------- free-text search

    public record Hit(String id, Double score) {}

    public record Found(List<Hit> hits, long total, Map<String, Map<String, Long>> counts, boolean textUsed) {}

    /**
     * Postings of a kind for typed text (analyzed, never parsed) and filters (field to the terms any
     * of which a document must have). With no text, the newest come first. For each of {@code
     * countFields}, how many documents choosing each code would give: a code of a field with no
     * choice, the results that have it; a code not chosen in a field with a choice ({@code chosen}),
     * the results plus the documents outside the choice that have it (OR within a field); a chosen
     * code, the results that have it. {@code expansions} says, per field, which codes a document's
     * term answers when that is more than itself (a need open to Europe answers Spain too).
     */
    public Found search(
            String kind,
            String text,
            Map<String, Set<String>> filters,
            Map<String, Set<String>> chosen,
            Map<String, Map<String, Set<String>>> expansions,
            String excludedOrganization,
            LocalDate today,
            int limit,
            List<String> countFields) {
        Query textQuery = textQuery(text);
        List<Query> kindFilters = targetFilters(kind, today);
        return withSearcher(searcher -> {
            Query query = withFacetFilters(textQuery, kindFilters, excludedOrganization, filters, null);
            List<Hit> hits = new ArrayList<>();
            if (textQuery != null) {
                TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(limit, 1000));
                for (ScoreDoc hit : top.scoreDocs) {
                    hits.add(new Hit(id(searcher, hit.doc), (double) hit.score));
                }
            } else {
                Sort newest = new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true));
                TopDocs top = searcher.search(query, new TopFieldCollectorManager(newest, limit, null, 1000));
                for (ScoreDoc hit : top.scoreDocs) {
                    hits.add(new Hit(id(searcher, hit.doc), null));
                }
            }
            List<String> undrilled =
                    countFields.stream().filter(f -> !filters.containsKey(f)).toList();
            FacetCounter main = new FacetCounter(undrilled, expansions);
            searcher.search(query, main.manager());
            long total = main.total;
            Map<String, Map<String, Long>> counts = new LinkedHashMap<>(main.counts());
            for (String field : countFields) {
                if (!filters.containsKey(field)) {
                    continue;
                }
                // a chosen code: the results with it, its own field's choice aside
                FacetCounter sideways = new FacetCounter(List.of(field), expansions);
                searcher.search(
                        withFacetFilters(textQuery, kindFilters, excludedOrganization, filters, field),
                        sideways.manager());
                // a code not chosen: the results, plus what lies outside the choice and has it
                FacetCounter outside = new FacetCounter(List.of(field), expansions);
                searcher.search(
                        outside(
                                withFacetFilters(textQuery, kindFilters, excludedOrganization, filters, field),
                                field,
                                filters.get(field)),
                        outside.manager());
                Set<String> picked = chosen.getOrDefault(field, Set.of());
                Map<String, Long> merged = new TreeMap<>();
                sideways.counts().get(field).forEach((code, n) -> {
                    if (picked.contains(code)) {
                        merged.put(code, n);
                    }
                });
                outside.counts().get(field).forEach((code, n) -> {
                    if (!picked.contains(code)) {
                        merged.put(code, total + n);
                    }
                });
                counts.put(field, merged);
            }
            Map<String, Map<String, Long>> ordered = new LinkedHashMap<>();
            countFields.forEach(field -> ordered.put(field, counts.getOrDefault(field, Map.of())));
            return new Found(hits, total, ordered, textQuery != null);
        });
    }

    /** {@code query} restricted to the documents that have none of {@code terms} in {@code field}. */
    private static Query outside(Query query, String field, Set<String> terms) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        terms.forEach(term -> builder.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.MUST_NOT));
        return builder.build();
    }

    /** The top hits only, as the benchmark's search workload measures them. */
    public List<Hit> searchTop(
            String kind,
            String text,
            Map<String, Set<String>> filters,
            String excludedOrganization,
            LocalDate today,
            int limit) {
        Query textQuery = textQuery(text);
        Query query = withFacetFilters(textQuery, targetFilters(kind, today), excludedOrganization, filters, null);
        return withSearcher(searcher -> {
            List<Hit> hits = new ArrayList<>();
            TopDocs top = searcher.search(query, limit);
            for (ScoreDoc hit : top.scoreDocs) {
                hits.add(new Hit(id(searcher, hit.doc), (double) hit.score));
            }
            return hits;
        });
    }

    private static Query withFacetFilters(
            Query text,
            List<Query> kindFilters,
            String excludedOrganization,
            Map<String, Set<String>> filters,
            String except) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(text == null ? new MatchAllDocsQuery() : text, BooleanClause.Occur.MUST);
        kindFilters.forEach(filter -> query.add(filter, BooleanClause.Occur.FILTER));
        if (excludedOrganization != null) {
            query.add(new TermQuery(new Term(ORG, excludedOrganization)), BooleanClause.Occur.MUST_NOT);
        }
        filters.forEach((field, terms) -> {
            if (field.equals(except)) {
                return;
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            terms.forEach(term -> any.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD));
            query.add(any.build(), BooleanClause.Occur.FILTER);
        });
        return query.build();
    }

    /** Counts the codes of some doc-values fields over every matching document. */
    private static final class FacetCounter {

        private final List<String> fields;
        private final Map<String, Map<String, Set<String>>> expansions;
        private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        long total;

        FacetCounter(List<String> fields, Map<String, Map<String, Set<String>>> expansions) {
            this.fields = fields;
            this.expansions = expansions;
            fields.forEach(field -> counts.put(field, new TreeMap<>()));
        }

        Map<String, Map<String, Long>> counts() {
            return counts;
        }

        org.apache.lucene.search.CollectorManager<SimpleCollector, Void> manager() {
            return new org.apache.lucene.search.CollectorManager<>() {
                @Override
                public SimpleCollector newCollector() {
                    return new Counting();
                }

                @Override
                public Void reduce(Collection<SimpleCollector> collectors) throws IOException {
                    for (SimpleCollector collector : collectors) {
                        ((Counting) collector).flush();
                    }
                    return null;
                }
            };
        }

        private final class Counting extends SimpleCollector {
            private SortedSetDocValues[] values;
            private long[][] perOrd;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                flush();
                values = new SortedSetDocValues[fields.size()];
                perOrd = new long[fields.size()][];
                for (int f = 0; f < fields.size(); f++) {
                    values[f] = DocValues.getSortedSet(context.reader(), fields.get(f));
                    perOrd[f] = new long[(int) values[f].getValueCount()];
                }
            }

            @Override
            public void collect(int doc) throws IOException {
                total++;
                for (int f = 0; f < values.length; f++) {
                    if (!values[f].advanceExact(doc)) {
                        continue;
                    }
                    Map<String, Set<String>> expansion = expansions.get(fields.get(f));
                    if (expansion == null) {
                        for (int v = values[f].docValueCount(); v > 0; v--) {
                            perOrd[f][(int) values[f].nextOrd()]++;
                        }
                    } else {
                        // each code the document answers counts once, however many of its terms answer it
                        Set<String> answered = new java.util.HashSet<>();
                        for (int v = values[f].docValueCount(); v > 0; v--) {
                            String term =
                                    values[f].lookupOrd(values[f].nextOrd()).utf8ToString();
                            answered.addAll(expansion.getOrDefault(term, Set.of(term)));
                        }
                        Map<String, Long> into = counts.get(fields.get(f));
                        answered.forEach(code -> into.merge(code, 1L, Long::sum));
                    }
                }
            }

            void flush() throws IOException {
                if (values == null) {
                    return;
                }
                for (int f = 0; f < values.length; f++) {
                    Map<String, Long> into = counts.get(fields.get(f));
                    for (int ord = 0; ord < perOrd[f].length; ord++) {
                        if (perOrd[f][ord] > 0) {
                            into.merge(values[f].lookupOrd(ord).utf8ToString(), perOrd[f][ord], Long::sum);
                        }
                    }
                }
                values = null;
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        }
    }

    // ---------------------------------------------------------------- queries and documents

    private static List<Query> targetFilters(String kind, LocalDate today) {
        List<Query> filters = new ArrayList<>();
        filters.add(new TermQuery(new Term(KIND, kind)));
        if (today != null && PostingKind.OPPORTUNITY.name().equals(kind)) {
            filters.add(LongField.newRangeQuery(DEADLINE, today.toEpochDay(), Long.MAX_VALUE));
        }
        return filters;
    }

    private static Query filtered(Query query, List<Query> filters, String excludedOrganization, boolean must) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        builder.add(query, must ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
        if (!must) {
            builder.setMinimumNumberShouldMatch(1);
        }
        filters.forEach(filter -> builder.add(filter, BooleanClause.Occur.FILTER));
        if (excludedOrganization != null) {
            builder.add(new TermQuery(new Term(ORG, excludedOrganization)), BooleanClause.Occur.MUST_NOT);
        }
        return builder.build();
    }

    /** A posting's text as a query, with an estimate of the best text score it can reach. */
    private record TextQuery(Query query, double estimate) {}

    /** Typed text as a query: each term searches both fields, the title boosted. */
    private Query textQuery(String text) {
        Map<String, Float> weights = new TreeMap<>();
        addTerms(weights, text, 1f);
        if (weights.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        weights.entrySet().stream()
                .sorted(Map.Entry.<String, Float>comparingByValue().reversed())
                .limit(MAX_TERMS)
                .forEach(term -> {
                    float weight = (float) Math.sqrt(term.getValue());
                    query.add(
                            new BoostQuery(new TermQuery(new Term(TITLE, term.getKey())), weight * titleBoost),
                            BooleanClause.Occur.SHOULD);
                    query.add(
                            boosted(new TermQuery(new Term(BODY, term.getKey())), weight), BooleanClause.Occur.SHOULD);
                });
        return query.build();
    }

    /**
     * A posting's text as a query: its most telling terms only (weight × idf, as MoreLikeThis does;
     * terms no posting has are dropped), with a rough estimate of the best score it can reach, used
     * to weigh text against facets while choosing candidates. The term statistics looked up here are
     * handed to the query, so that each term is looked up once.
     */
    private TextQuery matchTextQuery(String title, String body, IndexSearcher searcher) throws IOException {
        Map<String, Float> weights = new TreeMap<>();
        addTerms(weights, title, 2f);
        addTerms(weights, body, 1f);
        int documents = Math.max(1, searcher.getIndexReader().numDocs());
        record Telling(String term, float weight, double idf, TermStates states) {}
        List<Telling> telling = new ArrayList<>();
        for (Map.Entry<String, Float> term : weights.entrySet()) {
            TermStates states = TermStates.build(searcher, new Term(BODY, term.getKey()), true);
            int df = states.docFreq();
            if (df > 0) {
                double idf = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
                telling.add(new Telling(term.getKey(), term.getValue(), idf, states));
            }
        }
        if (telling.isEmpty()) {
            return null;
        }
        telling.sort(
                Comparator.comparingDouble((Telling t) -> t.weight() * t.idf()).reversed());
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        double estimate = 0;
        for (Telling term : telling.subList(0, Math.min(MATCH_TERMS, telling.size()))) {
            float weight = (float) Math.sqrt(term.weight());
            query.add(
                    new BoostQuery(new TermQuery(new Term(TITLE, term.term())), weight * titleBoost),
                    BooleanClause.Occur.SHOULD);
            query.add(
                    boosted(new TermQuery(new Term(BODY, term.term()), term.states()), weight),
                    BooleanClause.Occur.SHOULD);
            estimate += weight * (1 + titleBoost) * term.idf();
        }
        return new TextQuery(query.build(), Math.max(estimate / 4, 1e-6));
    }

    private void addTerms(Map<String, Float> weights, String text, float weight) {
        if (text == null || text.isBlank()) {
            return;
        }
        try (TokenStream stream = queryAnalyzer.tokenStream(BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                weights.merge(term.toString(), weight, Float::sum);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query boosted(Query query, float boost) {
        return boost == 1f ? query : new BoostQuery(query, boost);
    }

    private Document document(Doc doc) {
        Document document = new Document();
        document.add(new LongField(BATCH, batch, Field.Store.NO));
        document.add(new StringField(ID, doc.id(), Field.Store.NO));
        document.add(new SortedDocValuesField(ID, new BytesRef(doc.id())));
        document.add(new StringField(KIND, doc.kind(), Field.Store.NO));
        if (doc.organizationId() != null) {
            document.add(new StringField(ORG, doc.organizationId(), Field.Store.NO));
        }
        document.add(new TextField(TITLE, doc.title() == null ? "" : doc.title(), Field.Store.NO));
        document.add(new TextField(BODY, doc.body() == null ? "" : doc.body(), Field.Store.NO));
        codes(document, CLINICAL, doc.clinicalAreas(), true);
        codes(document, CATEGORY, doc.categories(), true);
        codes(document, SETTING, doc.careSettings(), true);
        codes(document, CERT, doc.certifications(), false);
        codes(document, INTEGRATION, doc.integrations(), false);
        codes(document, REGION, doc.regions(), true);
        document.add(new NumericDocValuesField(STAGE, doc.stageRank()));
        if (doc.deadlineEpochDay() != null || PostingKind.OPPORTUNITY.name().equals(doc.kind())) {
            document.add(new LongField(
                    DEADLINE,
                    doc.deadlineEpochDay() == null ? Long.MAX_VALUE : doc.deadlineEpochDay(),
                    Field.Store.NO));
        }
        document.add(new NumericDocValuesField(PUBLISHED, doc.publishedMillis()));
        document.add(new NumericDocValuesField(VERSION, doc.version()));
        document.add(new BinaryDocValuesField(VECTOR, pairText.vector(doc.title(), doc.body())));
        return document;
    }

    private static void codes(Document document, String field, Collection<String> codes, boolean searchable) {
        for (String code : Set.copyOf(codes)) {
            if (searchable) {
                document.add(new StringField(field, code, Field.Store.NO));
            }
            document.add(new SortedSetDocValuesField(field, new BytesRef(code)));
        }
    }

    private static String id(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues ids = DocValues.getSorted(leaf.reader(), ID);
        ids.advanceExact(doc - leaf.docBase);
        return ids.lookupOrd(ids.ordValue()).utf8ToString();
    }

    @FunctionalInterface
    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits what is pending and releases the index (its lock included). */
    @Override
    public void close() {
        try {
            searchers.close();
            if (writer.isOpen()) {
                writer.commit();
                writer.close();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
