package org.marketaccess.portal.search.internal;

import static org.marketaccess.portal.search.internal.PostingSchema.BATCH;
import static org.marketaccess.portal.search.internal.PostingSchema.ID;
import static org.marketaccess.portal.search.internal.PostingSchema.KIND;
import static org.marketaccess.portal.search.internal.PostingSchema.VERSION;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.marketaccess.portal.posting.PostingLanguage;

/**
 * One Lucene index holding needs and opportunities, and its lifecycle: one long-lived writer, a
 * near-real-time searcher refreshed after every change, commits on request, rebuilds that never
 * show an empty index. Like Gerrit's {@code AbstractLuceneIndex}, it owns the writer and searcher
 * and hands a searcher to the parts that know what a document holds ({@link PostingSchema}), how
 * text becomes a query ({@link PostingQueries}), how a pair is scored ({@link PairMatcher}) and
 * how facets are counted ({@link FacetedSearch}).
 */
public final class PostingIndex implements AutoCloseable {

    private static final String SCHEMA_KEY = "schema";
    private static final String BATCH_KEY = "batch";
    /** The last database change (posting_change.seq) the committed index holds, decision 033. */
    private static final String CHANGE_KEY = "change";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final LanguageAnalysis analysis;
    private final PairText pairText;
    private final PostingQueries queries;
    private final PairMatcher matcher;
    private final FacetedSearch faceted;
    private final AtomicLong generation = new AtomicLong();
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private final ReentrantLock rebuildLock = new ReentrantLock();
    private final boolean fresh;
    /** Documents carry the number of the rebuild that last put them; older ones are stale after a rebuild. */
    private volatile long batch;
    /** The change sequence the next commit records; 0 for an index that never followed the table. */
    private volatile long change;

    /** The term statistics pairs are weighed with, a snapshot (decision 029). */
    private final StatisticsSnapshot statistics;

    private PostingIndex(Directory directory, boolean fresh, float titleBoost, LanguageAnalysis analysis)
            throws IOException {
        this.directory = directory;
        this.fresh = fresh;
        this.analysis = analysis;
        this.pairText = PairText.reference(analysis);
        this.queries = new PostingQueries(titleBoost, analysis);
        this.statistics = new StatisticsSnapshot(pairText);
        this.matcher = new PairMatcher(queries, pairText, statistics);
        this.faceted = new FacetedSearch(queries, FacetCounts.SEARCH_PER_FIELD);
        IndexWriterConfig config = new IndexWriterConfig(analysis.indexAnalyzer())
                .setOpenMode(fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        if (!fresh) {
            Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
            String last = data.get(BATCH_KEY);
            batch = last == null ? 0 : Long.parseLong(last);
            String applied = data.get(CHANGE_KEY);
            change = applied == null ? 0 : Long.parseLong(applied);
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
            try {
                return open(directory, titleBoost);
            } catch (LockObtainFailedException e) {
                directory.close();
                throw new IllegalStateException(
                        "The search index in " + path + " is in use by another process of the portal", e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + path, e);
        }
    }

    static PostingIndex open(Directory directory, float titleBoost) throws IOException {
        boolean fresh = !readable(directory);
        if (fresh) {
            // Whatever is there cannot be used; the database refills the index.
            for (String file : directory.listAll()) {
                if (!file.equals("write.lock")) {
                    directory.deleteFile(file);
                }
            }
        }
        return new PostingIndex(directory, fresh, titleBoost, LanguageAnalysis.multilingual());
    }

    /** An index in memory, analyzing text as {@code analysis} says (the evaluation compares the two). */
    public static PostingIndex inMemory(float titleBoost, LanguageAnalysis analysis) {
        try {
            return new PostingIndex(new ByteBuffersDirectory(), true, titleBoost, analysis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean readable(Directory directory) throws IOException {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return false;
            }
            return PostingSchema.VERSION_NAME.equals(
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

    public void put(PostingSchema.Doc doc) {
        try {
            writer.updateDocument(new Term(ID, doc.id()), PostingSchema.document(doc, batch, pairText, analysis));
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
     * Makes the changes so far durable, recording that they include every database change up to
     * {@code appliedChange}: a node started again reads it back and catches up from there.
     */
    public void commit(long appliedChange) {
        change = appliedChange;
        writer.setLiveCommitData(commitData());
        commit();
    }

    /** The database change recorded by the last commit (or the one being prepared); 0 if none. */
    public long appliedChange() {
        return change;
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
            // every posting was put again: the next match weighs pairs with fresh statistics
            statistics.forget();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            rebuildLock.unlock();
        }
    }

    private Iterable<Map.Entry<String, String>> commitData() {
        return Map.of(
                        SCHEMA_KEY,
                        PostingSchema.VERSION_NAME,
                        BATCH_KEY,
                        Long.toString(batch),
                        CHANGE_KEY,
                        Long.toString(change))
                .entrySet();
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
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
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

    /** The best {@code k} postings for a posting of the other kind, by the pair's exact score. */
    public List<PairMatcher.Scored> match(PairMatcher.MatchQuery query, int k) {
        return withSearcher(searcher -> matcher.match(searcher, query, k));
    }

    /**
     * The terms a posting is matched with (the body clauses of {@link PostingQueries#posting}), as
     * {@link #lexeme} spells them; for a baseline that searches the same words.
     */
    public List<String> matchTerms(String title, String body, PostingLanguage language) {
        return withSearcher(searcher -> {
            PostingQueries.TextQuery text = queries.posting(title, body, language, searcher);
            Set<String> terms = new LinkedHashSet<>();
            if (text != null) {
                for (BooleanClause clause : text.query().clauses()) {
                    Query query = clause.query() instanceof BoostQuery boosted ? boosted.getQuery() : clause.query();
                    if (query instanceof TermQuery term
                            && term.getTerm().field().startsWith(PostingSchema.BODY)) {
                        terms.add(lexeme(term.getTerm().field(), term.getTerm().text()));
                    }
                }
            }
            return List.copyOf(terms);
        });
    }

    /** The terms of a text as the index holds them in {@code language}'s fields, in order, spelled as {@link #lexeme}. */
    public List<String> indexedTerms(String text, PostingLanguage language) {
        return analysis.indexTerms(language, text).stream()
                .map(term -> lexeme(LanguageAnalysis.body(language), term))
                .toList();
    }

    /** A term of a text field as one word: English as it is, another language's prefixed ("es:salud"). */
    private static String lexeme(String field, String term) {
        int underscore = field.indexOf('_');
        return underscore < 0 ? term : field.substring(underscore + 1) + ":" + term;
    }

    /** The language a posting is analyzed in (its own, else detected). */
    public PostingLanguage languageOf(PostingLanguage given, String title, String body) {
        return analysis.languageOf(given, title, body);
    }

    /**
     * The text similarity of two postings as ranking computes it (words for two English postings,
     * words and concepts otherwise), without either being in the index: for pairs decided in the
     * past whose postings may have closed since (decision 031).
     */
    public double textSimilarity(
            PostingLanguage left,
            String leftTitle,
            String leftBody,
            PostingLanguage right,
            String rightTitle,
            String rightBody) {
        PairText.Vectors a = pairText.vectors(left, leftTitle, leftBody);
        PairText.Vectors b = pairText.vectors(right, rightTitle, rightBody);
        boolean english = left == PostingLanguage.EN && right == PostingLanguage.EN;
        return withSearcher(searcher -> {
            PairText.Statistics weights = statistics.of(searcher);
            return PairText.similarity(
                    PairText.prepare(english ? a.words() : a.withConcepts(), weights),
                    english ? b.words() : b.withConcepts(),
                    weights);
        });
    }

    public FacetedSearch.Found search(FacetedSearch.Request request) {
        return withSearcher(searcher -> faceted.search(searcher, request));
    }

    /** The top hits only, as the benchmark's search workload measures them. */
    public List<FacetedSearch.Hit> searchTop(
            String kind,
            String text,
            Map<String, Set<String>> filters,
            String excludedOrganization,
            LocalDate today,
            int limit) {
        return withSearcher(searcher -> faceted.top(searcher, kind, text, filters, excludedOrganization, today, limit));
    }

    @FunctionalInterface
    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    <T> T withSearcher(SearcherWork<T> work) {
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

    /**
     * Commits what is pending and releases the index, its lock included. Each step runs even when
     * an earlier one fails (the first failure is thrown, the others added to it): a failed commit
     * must not leave the write lock held, or the next start could not open the index.
     */
    @Override
    public void close() {
        try {
            IOUtils.close(searchers, this::closeWriter, directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeWriter() throws IOException {
        if (!writer.isOpen()) {
            return;
        }
        try {
            writer.commit();
        } catch (IOException | RuntimeException e) {
            // what was not committed is in the database: the next start reconciles the index with it
            try {
                writer.rollback();
            } catch (IOException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        writer.close();
    }
}
