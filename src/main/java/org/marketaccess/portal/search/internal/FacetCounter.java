package org.marketaccess.portal.search.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;

/**
 * Counts the codes of some doc-values fields over every collected document: per segment ordinal
 * while collecting, turned into codes once per segment. A field with expansions counts each code a
 * document answers once, however many of its own codes answer it. A field with a choice also
 * counts, apart, the documents that have none of the chosen codes ({@link #outside()}).
 */
final class FacetCounter {

    private final List<String> fields;
    private final Map<String, Map<String, Set<String>>> expansions;
    private final Map<String, Set<String>> choices;
    private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    private final Map<String, Map<String, Long>> outside = new LinkedHashMap<>();
    private long total;

    FacetCounter(List<String> fields, Map<String, Map<String, Set<String>>> expansions) {
        this(fields, expansions, Map.of());
    }

    /** Counts {@code fields}; for each field of {@code choices}, also outside its chosen codes. */
    FacetCounter(
            List<String> fields, Map<String, Map<String, Set<String>>> expansions, Map<String, Set<String>> choices) {
        this.fields = fields;
        this.expansions = expansions;
        this.choices = choices;
        fields.forEach(field -> counts.put(field, new TreeMap<>()));
        choices.keySet().forEach(field -> outside.put(field, new TreeMap<>()));
    }

    Map<String, Map<String, Long>> counts() {
        return counts;
    }

    /** Per field with a choice: the counts over the documents that have none of its chosen codes. */
    Map<String, Map<String, Long>> outside() {
        return outside;
    }

    /** The documents collected. */
    long total() {
        return total;
    }

    CollectorManager<SimpleCollector, FacetCounter> manager() {
        return new CollectorManager<>() {
            @Override
            public SimpleCollector newCollector() {
                return new Counting();
            }

            @Override
            public FacetCounter reduce(Collection<SimpleCollector> collectors) throws IOException {
                for (SimpleCollector collector : collectors) {
                    ((Counting) collector).flush();
                }
                return FacetCounter.this;
            }
        };
    }

    private final class Counting extends SimpleCollector {
        private SortedSetDocValues[] values;
        private long[][] perOrd;
        private long[][] perOrdOutside;
        private long[][] chosenOrds;
        private long[] ords = new long[8];

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            int n = fields.size();
            values = new SortedSetDocValues[n];
            perOrd = new long[n][];
            perOrdOutside = new long[n][];
            chosenOrds = new long[n][];
            for (int f = 0; f < n; f++) {
                values[f] = DocValues.getSortedSet(context.reader(), fields.get(f));
                perOrd[f] = new long[(int) values[f].getValueCount()];
                Set<String> choice = choices.get(fields.get(f));
                if (choice != null) {
                    perOrdOutside[f] = new long[perOrd[f].length];
                    chosenOrds[f] = new long[choice.size()];
                    int c = 0;
                    for (String code : choice) {
                        chosenOrds[f][c++] = values[f].lookupTerm(new BytesRef(code));
                    }
                }
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            total++;
            for (int f = 0; f < values.length; f++) {
                if (!values[f].advanceExact(doc)) {
                    continue;
                }
                int count = values[f].docValueCount();
                if (ords.length < count) {
                    ords = new long[count];
                }
                for (int v = 0; v < count; v++) {
                    ords[v] = values[f].nextOrd();
                }
                boolean outsideChoice = chosenOrds[f] != null && !anyOf(ords, count, chosenOrds[f]);
                Map<String, Set<String>> expansion = expansions.get(fields.get(f));
                if (expansion == null) {
                    for (int v = 0; v < count; v++) {
                        perOrd[f][(int) ords[v]]++;
                        if (outsideChoice) {
                            perOrdOutside[f][(int) ords[v]]++;
                        }
                    }
                } else {
                    Set<String> answered = new HashSet<>();
                    for (int v = 0; v < count; v++) {
                        String term = values[f].lookupOrd(ords[v]).utf8ToString();
                        answered.addAll(expansion.getOrDefault(term, Set.of(term)));
                    }
                    Map<String, Long> into = counts.get(fields.get(f));
                    answered.forEach(code -> into.merge(code, 1L, Long::sum));
                    if (outsideChoice) {
                        Map<String, Long> intoOutside = outside.get(fields.get(f));
                        answered.forEach(code -> intoOutside.merge(code, 1L, Long::sum));
                    }
                }
            }
        }

        private static boolean anyOf(long[] ords, int count, long[] wanted) {
            for (int v = 0; v < count; v++) {
                for (long want : wanted) {
                    if (want == ords[v]) {
                        return true;
                    }
                }
            }
            return false;
        }

        void flush() throws IOException {
            if (values == null) {
                return;
            }
            for (int f = 0; f < values.length; f++) {
                add(counts.get(fields.get(f)), values[f], perOrd[f]);
                if (perOrdOutside[f] != null) {
                    add(outside.get(fields.get(f)), values[f], perOrdOutside[f]);
                }
            }
            values = null;
        }

        private static void add(Map<String, Long> into, SortedSetDocValues values, long[] perOrd) throws IOException {
            for (int ord = 0; ord < perOrd.length; ord++) {
                if (perOrd[ord] > 0) {
                    into.merge(values.lookupOrd(ord).utf8ToString(), perOrd[ord], Long::sum);
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
