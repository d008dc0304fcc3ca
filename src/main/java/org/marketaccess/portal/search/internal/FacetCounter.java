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

/**
 * Counts the codes of some doc-values fields over every matching document: per segment ordinal
 * while collecting, turned into codes once per segment. A field with expansions counts each code a
 * document answers once, however many of its own codes answer it.
 */
final class FacetCounter {

    private final List<String> fields;
    private final Map<String, Map<String, Set<String>>> expansions;
    private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    private long total;

    FacetCounter(List<String> fields, Map<String, Map<String, Set<String>>> expansions) {
        this.fields = fields;
        this.expansions = expansions;
        fields.forEach(field -> counts.put(field, new TreeMap<>()));
    }

    Map<String, Map<String, Long>> counts() {
        return counts;
    }

    /** The documents collected. */
    long total() {
        return total;
    }

    CollectorManager<SimpleCollector, Void> manager() {
        return new CollectorManager<>() {
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
                    Set<String> answered = new HashSet<>();
                    for (int v = values[f].docValueCount(); v > 0; v--) {
                        String term = values[f].lookupOrd(values[f].nextOrd()).utf8ToString();
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
