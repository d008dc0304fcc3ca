package org.marketaccess.portal.search.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.util.IOUtils;

/**
 * Faceted search with one to three chosen fields, its counts collected two ways in the same run
 * on the same index and queries: the portal's (one search per chosen field) and, as baselines,
 * lucene-facet's DrillSideways (one pass) and the portal's former way (two searches per chosen field). Checks that both give the same counts, then prints their latencies. Arguments: sizes
 * (default 10000,100000).
 */
public final class FacetCountBenchmark {

    private static final int WARMUP = 300;
    private static final int QUERIES = 1000;
    private static final List<String> FIELDS =
            List.of(PostingSchema.CATEGORY, PostingSchema.CLINICAL, PostingSchema.SETTING, PostingSchema.REGION);

    private final Random random = new Random(42);
    private final List<String> words =
            IntStream.range(0, 2000).mapToObj(i -> "word" + i).toList();

    public static void main(String[] args) throws IOException {
        String sizes = args.length > 0 ? args[0] : "10000,100000";
        for (String size : sizes.split(",")) {
            new FacetCountBenchmark().run(Integer.parseInt(size.strip()));
        }
    }

    private void run(int n) throws IOException {
        Path path = Files.createTempDirectory("facet-benchmark");
        try (PostingIndex index = PostingIndex.open(path, 2f)) {
            for (int i = 0; i < n; i++) {
                index.put(doc(i));
            }
            index.commit();
            index.refresh();
            PostingQueries queries = new PostingQueries(2f, LanguageAnalysis.multilingual());
            FacetedSearch drill = new FacetedSearch(queries, BaselineFacetCounts.DRILL_SIDEWAYS);
            FacetedSearch perField = new FacetedSearch(queries, FacetCounts.SEARCH_PER_FIELD);
            FacetedSearch twoPerField = new FacetedSearch(queries, BaselineFacetCounts.TWO_SEARCHES_PER_FIELD);
            List<FacetedSearch.Request> requests = new ArrayList<>();
            for (int i = 0; i < WARMUP + QUERIES; i++) {
                requests.add(request());
            }
            for (FacetedSearch.Request request : requests) {
                FacetedSearch.Found a = index.withSearcher(searcher -> drill.search(searcher, request));
                FacetedSearch.Found b = index.withSearcher(searcher -> perField.search(searcher, request));
                FacetedSearch.Found c = index.withSearcher(searcher -> twoPerField.search(searcher, request));
                if (!a.counts().equals(b.counts())
                        || a.total() != b.total()
                        || !c.counts().equals(b.counts())) {
                    throw new IllegalStateException("The two ways count differently for " + request);
                }
            }
            // alternate the two in rounds so that neither profits from running second
            double[] drillMs = new double[QUERIES];
            double[] perFieldMs = new double[QUERIES];
            double[] twoPerFieldMs = new double[QUERIES];
            // each way runs twice, in turns, so that none profits from its place; the second run counts
            for (int round = 0; round < 2; round++) {
                time(index, drill, requests, drillMs);
                time(index, twoPerField, requests, twoPerFieldMs);
                time(index, perField, requests, perFieldMs);
            }
            System.out.printf(
                    Locale.ROOT,
                    "RESULT n=%d facet_search_p50_ms=%.3f facet_search_p99_ms=%.3f baseline_drill_sideways_p50_ms=%.3f"
                            + " baseline_drill_sideways_p99_ms=%.3f baseline_two_searches_per_field_p50_ms=%.3f"
                            + " baseline_two_searches_per_field_p99_ms=%.3f method=search-per-field%n",
                    n,
                    percentile(perFieldMs, 50),
                    percentile(perFieldMs, 99),
                    percentile(drillMs, 50),
                    percentile(drillMs, 99),
                    percentile(twoPerFieldMs, 50),
                    percentile(twoPerFieldMs, 99));
        } finally {
            IOUtils.rm(path);
        }
    }

    private static void time(
            PostingIndex index, FacetedSearch search, List<FacetedSearch.Request> requests, double[] into) {
        for (int i = 0; i < WARMUP; i++) {
            FacetedSearch.Request request = requests.get(i);
            index.withSearcher(searcher -> search.search(searcher, request));
        }
        for (int i = 0; i < QUERIES; i++) {
            FacetedSearch.Request request = requests.get(WARMUP + i);
            long start = System.nanoTime();
            index.withSearcher(searcher -> search.search(searcher, request));
            into[i] = (System.nanoTime() - start) / 1e6;
        }
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private FacetedSearch.Request request() {
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        List<String> shuffled = new ArrayList<>(FIELDS);
        java.util.Collections.shuffle(shuffled, random);
        for (String field : shuffled.subList(0, 1 + random.nextInt(3))) {
            filters.put(
                    field,
                    random.nextInt(3) == 0
                            ? new java.util.TreeSet<>(List.of(code(field), code(field)))
                            : Set.of(code(field)));
        }
        String text = random.nextInt(4) == 0 ? "" : zipf() + " " + zipf();
        return new FacetedSearch.Request("OPPORTUNITY", text, filters, filters, Map.of(), null, null, 10, FIELDS);
    }

    private PostingSchema.Doc doc(int i) {
        StringBuilder body = new StringBuilder();
        for (int w = 0; w < 60; w++) {
            body.append(zipf()).append(' ');
        }
        return new PostingSchema.Doc(
                "p" + i,
                i % 2 == 0 ? "NEED" : "OPPORTUNITY",
                "org" + (i % 500),
                zipf() + " " + zipf() + " " + zipf(),
                body.toString(),
                codes(PostingSchema.CLINICAL),
                codes(PostingSchema.CATEGORY),
                codes(PostingSchema.SETTING),
                List.of(),
                List.of(),
                codes(PostingSchema.REGION),
                random.nextInt(5),
                null,
                i,
                1,
                null);
    }

    private List<String> codes(String field) {
        List<String> codes = new ArrayList<>();
        for (int c = 0; c <= random.nextInt(3); c++) {
            codes.add(code(field));
        }
        return codes;
    }

    private String code(String field) {
        int kinds =
                switch (field) {
                    case PostingSchema.CLINICAL -> 24;
                    case PostingSchema.CATEGORY -> 16;
                    case PostingSchema.SETTING -> 8;
                    default -> 30;
                };
        return field + "-" + random.nextInt(kinds);
    }

    private String zipf() {
        return words.get(
                (int) Math.min(words.size() - 1, Math.floor(Math.exp(random.nextDouble() * Math.log(words.size())))));
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
