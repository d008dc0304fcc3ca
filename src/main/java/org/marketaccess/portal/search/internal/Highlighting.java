package org.marketaccess.portal.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.marketaccess.portal.search.MatchExplanation.Segment;

/**
 * Finds where two texts meet by meaning: the analyzed terms (stems and synonyms) they share, and
 * the original words of a text that carry them, cut into plain-text segments for display.
 */
public final class Highlighting {

    private static final int SNIPPET_CHARACTERS = 320;

    private final Analyzer analyzer;

    public Highlighting(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    public Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        forEachToken(text, (term, start, end) -> terms.add(term));
        return terms;
    }

    /**
     * The original words of {@code text} whose analysis meets {@code shared}, one word per term (its
     * first spelling), in the order of {@code shared}.
     */
    public List<String> words(String text, List<String> shared) {
        Map<String, String> first = new java.util.HashMap<>();
        forEachToken(text, (term, start, end) -> {
            if (end <= text.length()) {
                first.putIfAbsent(term, text.substring(start, end));
            }
        });
        Set<String> words = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        List<String> ordered = new java.util.ArrayList<>();
        for (String term : shared) {
            String word = first.get(term);
            if (word != null && words.add(word)) {
                ordered.add(word);
            }
        }
        return List.copyOf(ordered);
    }

    /** A window of the text around its first shared words, as segments; at most ~320 characters. */
    public List<Segment> snippet(String text, java.util.Collection<String> shared) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<int[]> marks = new ArrayList<>();
        forEachToken(text, (term, start, end) -> {
            if (shared.contains(term) && end <= text.length() && (marks.isEmpty() || marks.getLast()[1] <= start)) {
                marks.add(new int[] {start, end});
            }
        });
        int from = marks.isEmpty() ? 0 : Math.max(0, text.lastIndexOf(' ', Math.max(0, marks.getFirst()[0] - 60)) + 1);
        int to = Math.min(text.length(), from + SNIPPET_CHARACTERS);
        List<Segment> segments = new ArrayList<>();
        if (from > 0) {
            segments.add(new Segment("…", false));
        }
        int cursor = from;
        for (int[] mark : marks) {
            if (mark[0] < from || mark[1] > to) {
                continue;
            }
            if (mark[0] > cursor) {
                segments.add(new Segment(text.substring(cursor, mark[0]), false));
            }
            segments.add(new Segment(text.substring(mark[0], mark[1]), true));
            cursor = mark[1];
        }
        if (cursor < to) {
            segments.add(new Segment(text.substring(cursor, to), false));
        }
        if (to < text.length()) {
            segments.add(new Segment("…", false));
        }
        return segments;
    }

    @FunctionalInterface
    private interface TokenVisitor {
        void visit(String term, int start, int end);
    }

    private void forEachToken(String text, TokenVisitor visitor) {
        if (text == null || text.isBlank()) {
            return;
        }
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                visitor.visit(term.toString(), offset.startOffset(), offset.endOffset());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
