package org.marketaccess.portal.search;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.marketaccess.portal.search.internal.TextIndex;

/**
 * The plain baseline the ranking is measured against: Lucene BM25 with the standard analyzer over
 * title and description, no synonyms, no facets, no rules.
 */
public final class TextBaseline implements AutoCloseable {

    public record Document(String id, String title, String text) {}

    private final TextIndex index;

    public TextBaseline(List<Document> documents) {
        index = new TextIndex(new StandardAnalyzer(), new StandardAnalyzer(), 1f)
                .build(documents.stream()
                        .map(d -> new TextIndex.Entry(d.id(), "", join(d.title(), d.text())))
                        .toList());
    }

    public List<RankedMatch> rank(String title, String text, int k) {
        Map<String, Double> scores = index.search(null, join(title, text), k);
        return scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .map(entry -> new RankedMatch(entry.getKey(), entry.getValue()))
                .toList();
    }

    /** One field, one bag of words: the plainest BM25 there is. */
    private static String join(String title, String text) {
        return (title == null ? "" : title) + " " + (text == null ? "" : text);
    }

    @Override
    public void close() {
        index.close();
    }
}
