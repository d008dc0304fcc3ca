package org.marketaccess.portal.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The term statistics pairs are weighed with: a snapshot of the index's postings (with the
 * reference corpus), taken again only when the number of postings has moved by {@link
 * #RESTATISTICS_SHARE} and at least {@link #RESTATISTICS_MINIMUM} since, or after a rebuild
 * (decision 029). Between snapshots a pair's number is a property of the two postings alone.
 */
final class StatisticsSnapshot implements PairMatcher.Statistics {

    static final double RESTATISTICS_SHARE = 0.10;
    static final int RESTATISTICS_MINIMUM = 50;

    private final PairText pairText;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile PairText.Statistics current;

    StatisticsSnapshot(PairText pairText) {
        this.pairText = pairText;
    }

    /** The snapshot for {@code searcher}'s postings, taken again when they have moved enough. */
    @Override
    public PairText.Statistics of(IndexSearcher searcher) throws IOException {
        PairText.Statistics snapshot = current;
        int postings = searcher.getIndexReader().numDocs();
        if (snapshot != null && !stale(snapshot, postings)) {
            return snapshot;
        }
        lock.lock();
        try {
            snapshot = current;
            if (snapshot == null || stale(snapshot, postings)) {
                snapshot = pairText.statistics(vectors(searcher));
                current = snapshot;
            }
            return snapshot;
        } finally {
            lock.unlock();
        }
    }

    /** The next match takes a new snapshot (every posting was put again). */
    void forget() {
        current = null;
    }

    private static boolean stale(PairText.Statistics statistics, int postings) {
        int moved = Math.abs(postings - statistics.indexed());
        return moved >= RESTATISTICS_MINIMUM && moved >= RESTATISTICS_SHARE * statistics.indexed();
    }

    /** Each live posting's vector (with its concepts where it has them), read once from doc values. */
    private static List<BytesRef> vectors(IndexSearcher searcher) throws IOException {
        List<BytesRef> all = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            BinaryDocValues vectors = DocValues.getBinary(leaf.reader(), PostingSchema.VECTOR);
            BinaryDocValues concepts = DocValues.getBinary(leaf.reader(), PostingSchema.CONCEPT_VECTOR);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                if (concepts.advanceExact(doc)) {
                    all.add(BytesRef.deepCopyOf(concepts.binaryValue()));
                } else if (vectors.advanceExact(doc)) {
                    all.add(BytesRef.deepCopyOf(vectors.binaryValue()));
                }
            }
        }
        return all;
    }
}
