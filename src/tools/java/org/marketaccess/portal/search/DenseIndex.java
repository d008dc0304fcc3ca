package org.marketaccess.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * Postings as unit vectors in a Lucene HNSW graph ({@link KnnFloatVectorField}, dot product, which
 * is the cosine for unit vectors), with their kind and organization so that a search finds only
 * postings of the other kind and of another organization, as matching does.
 */
public final class DenseIndex implements AutoCloseable {

    public record Posting(String id, String kind, String organization, String text) {}

    public static final String VECTOR = "embedding";
    private static final String ID = "id";
    private static final String KIND = "kind";
    private static final String ORG = "org";

    private final Map<String, float[]> vectors = new LinkedHashMap<>();
    private final Directory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    /** Embeds every posting with {@code embedder} and indexes the vectors. */
    public DenseIndex(List<Posting> postings, SentenceEmbedder embedder) {
        this(postings, embedder.embedAll(postings.stream().map(Posting::text).toList()));
    }

    /** Indexes postings whose vectors (unit length, in the same order) are already known. */
    public DenseIndex(List<Posting> postings, List<float[]> unitVectors) {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (int i = 0; i < postings.size(); i++) {
                Posting posting = postings.get(i);
                vectors.put(posting.id(), unitVectors.get(i));
                writer.addDocument(document(posting, unitVectors.get(i)));
            }
            writer.commit();
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Document document(Posting posting, float[] unitVector) {
        Document document = new Document();
        document.add(new StringField(ID, posting.id(), Field.Store.NO));
        document.add(new SortedDocValuesField(ID, new org.apache.lucene.util.BytesRef(posting.id())));
        document.add(new StringField(KIND, posting.kind(), Field.Store.NO));
        if (posting.organization() != null) {
            document.add(new StringField(ORG, posting.organization(), Field.Store.NO));
        }
        document.add(new KnnFloatVectorField(VECTOR, unitVector, VectorSimilarityFunction.DOT_PRODUCT));
        return document;
    }

    /** The posting's vector, or null when it is not indexed. */
    public float[] vector(String id) {
        return vectors.get(id);
    }

    /**
     * The {@code k} nearest postings of {@code kind} outside {@code excludedOrganization}, by HNSW
     * search, each with its exact cosine to {@code query}, best first.
     */
    public Map<String, Double> nearest(float[] query, String kind, String excludedOrganization, int k) {
        try {
            ScoreDoc[] hits = searcher.search(knn(query, kind, excludedOrganization, k), k).scoreDocs;
            Map<String, Double> nearest = new LinkedHashMap<>();
            for (ScoreDoc hit : hits) {
                String id = id(searcher, hit.doc);
                nearest.put(id, cosine(query, vectors.get(id)));
            }
            return nearest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The HNSW query, pre-filtered by kind and organization (Lucene explores the graph with the filter). */
    public static Query knn(float[] query, String kind, String excludedOrganization, int k) {
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        filter.add(
                kind == null ? new MatchAllDocsQuery() : new TermQuery(new Term(KIND, kind)),
                BooleanClause.Occur.FILTER);
        if (excludedOrganization != null) {
            filter.add(new TermQuery(new Term(ORG, excludedOrganization)), BooleanClause.Occur.MUST_NOT);
        }
        return new KnnFloatVectorQuery(VECTOR, query, k, filter.build());
    }

    static String id(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues ids = DocValues.getSorted(leaf.reader(), ID);
        ids.advanceExact(doc - leaf.docBase);
        return ids.lookupOrd(ids.ordValue()).utf8ToString();
    }

    /** The dot product of two unit vectors: their cosine. */
    public static double cosine(float[] a, float[] b) {
        if (a == null || b == null) {
            return 0;
        }
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
