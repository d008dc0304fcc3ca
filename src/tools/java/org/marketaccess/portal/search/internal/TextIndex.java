package org.marketaccess.portal.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * A small in-memory BM25 index of documents with a title and a body, searched with the bag of terms
 * of another document. Built once, read many times (the evaluation; later the live index on disk).
 */
public final class TextIndex implements AutoCloseable {

    /** Lucene's default limit on the clauses of one query, with room for the two fields. */
    private static final int MAX_TERMS = 480;

    private final Directory directory = new ByteBuffersDirectory();
    private final Analyzer indexAnalyzer;
    private final Analyzer queryAnalyzer;
    private final float titleBoost;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    public TextIndex(Analyzer indexAnalyzer, Analyzer queryAnalyzer, float titleBoost) {
        this.indexAnalyzer = indexAnalyzer;
        this.queryAnalyzer = queryAnalyzer;
        this.titleBoost = titleBoost;
    }

    public record Entry(String id, String title, String body) {}

    public TextIndex build(Iterable<Entry> entries) {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer))) {
            for (Entry entry : entries) {
                Document document = new Document();
                document.add(new StringField("id", entry.id(), Field.Store.YES));
                document.add(new TextField("title", nullToEmpty(entry.title()), Field.Store.NO));
                document.add(new TextField("body", nullToEmpty(entry.body()), Field.Store.NO));
                writer.addDocument(document);
            }
            writer.commit();
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The documents sharing terms with the given text, id to BM25 score. The query's title terms
     * count double, as a title says what the text is about.
     */
    public Map<String, Double> search(String title, String body, int limit) {
        Map<String, Float> weights = new TreeMap<>();
        addTerms(weights, title, 2f);
        addTerms(weights, body, 1f);
        if (weights.isEmpty()) {
            return Map.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        weights.entrySet().stream()
                .sorted(Map.Entry.<String, Float>comparingByValue().reversed())
                .limit(MAX_TERMS)
                .forEach(term -> {
                    float weight = (float) Math.sqrt(term.getValue());
                    query.add(
                            boosted(new TermQuery(new Term("title", term.getKey())), weight * titleBoost),
                            BooleanClause.Occur.SHOULD);
                    query.add(
                            boosted(new TermQuery(new Term("body", term.getKey())), weight),
                            BooleanClause.Occur.SHOULD);
                });
        try {
            Map<String, Double> scores = new LinkedHashMap<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(query.build(), limit).scoreDocs) {
                scores.put(stored.document(hit.doc).get("id"), (double) hit.score);
            }
            return scores;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void addTerms(Map<String, Float> weights, String text, float weight) {
        if (text == null || text.isBlank()) {
            return;
        }
        try (TokenStream stream = queryAnalyzer.tokenStream("body", text)) {
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

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    @Override
    public void close() {
        try {
            if (reader != null) {
                reader.close();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
