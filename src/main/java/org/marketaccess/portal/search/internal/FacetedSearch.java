package org.marketaccess.portal.search.internal;

import static org.marketaccess.portal.search.internal.PostingSchema.PUBLISHED;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Free-text search with facet filters and counts. Codes within a field are OR-ed, fields AND-ed;
 * a field's counts leave its own choice aside (drill sideways), so that choosing one more code
 * shows what it would add.
 */
public final class FacetedSearch {

    public record Hit(String id, Double score) {}

    public record Found(List<Hit> hits, long total, Map<String, Map<String, Long>> counts, boolean textUsed) {}

    /** What to search: typed text, filters (field to codes any of which a document must have). */
    public record Request(
            String kind,
            String text,
            Map<String, Set<String>> filters,
            Map<String, Set<String>> chosen,
            Map<String, Map<String, Set<String>>> expansions,
            String excludedOrganization,
            LocalDate today,
            int limit,
            List<String> countFields) {}

    private final PostingQueries queries;
    private final FacetCounts counting;

    FacetedSearch(PostingQueries queries, FacetCounts counting) {
        this.queries = queries;
        this.counting = counting;
    }

    /**
     * Postings of a kind for typed text (analyzed, never parsed) and filters. With no text, the
     * newest come first. For each of {@code countFields}, how many documents choosing each code
     * would give: a code of a field with no choice, the results that have it; a code not chosen in
     * a field with a choice ({@code chosen}), the results plus the documents outside the choice
     * that have it (OR within a field); a chosen code, the results that have it. {@code expansions}
     * says, per field, which codes a document's term answers when that is more than itself (a need
     * open to Europe answers Spain too).
     */
    Found search(IndexSearcher searcher, Request r) throws IOException {
        Query text = queries.text(r.text());
        List<Query> kindFilters = PostingQueries.kindFilters(r.kind(), r.today());
        Query query = PostingQueries.filtered(text, kindFilters, r.excludedOrganization(), r.filters(), null);
        List<Hit> hits = new ArrayList<>();
        if (text != null) {
            TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(r.limit(), 1000));
            for (ScoreDoc hit : top.scoreDocs) {
                hits.add(new Hit(PostingSchema.id(searcher, hit.doc), (double) hit.score));
            }
        } else {
            Sort newest = new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true));
            TopDocs top = searcher.search(query, new TopFieldCollectorManager(newest, r.limit(), null, 1000));
            for (ScoreDoc hit : top.scoreDocs) {
                hits.add(new Hit(PostingSchema.id(searcher, hit.doc), null));
            }
        }
        FacetCounts.Counted counted = counting.count(searcher, text, kindFilters, r);
        long total = counted.main().total();
        Map<String, Map<String, Long>> counts =
                new LinkedHashMap<>(counted.main().counts());
        counted.sideways().forEach((field, sideways) -> counts.put(field, merged(r, field, sideways, total)));
        Map<String, Map<String, Long>> ordered = new LinkedHashMap<>();
        r.countFields().forEach(field -> ordered.put(field, counts.getOrDefault(field, Map.of())));
        return new Found(hits, total, ordered, text != null);
    }

    /**
     * A chosen field's counts from its sideways tally: a chosen code, the results with it (its own
     * field's choice aside); a code not chosen, the results plus what lies outside the choice and
     * has it.
     */
    private static Map<String, Long> merged(Request r, String field, FacetCounter sideways, long total) {
        Set<String> picked = r.chosen().getOrDefault(field, Set.of());
        Map<String, Long> merged = new TreeMap<>();
        sideways.counts().get(field).forEach((code, n) -> {
            if (picked.contains(code)) {
                merged.put(code, n);
            }
        });
        sideways.outside().get(field).forEach((code, n) -> {
            if (!picked.contains(code)) {
                merged.put(code, total + n);
            }
        });
        return merged;
    }

    /** The top hits only, as the benchmark's search workload measures them. */
    List<Hit> top(
            IndexSearcher searcher,
            String kind,
            String text,
            Map<String, Set<String>> filters,
            String excludedOrganization,
            LocalDate today,
            int limit)
            throws IOException {
        Query query = PostingQueries.filtered(
                queries.text(text), PostingQueries.kindFilters(kind, today), excludedOrganization, filters, null);
        List<Hit> hits = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
            hits.add(new Hit(PostingSchema.id(searcher, hit.doc), (double) hit.score));
        }
        return hits;
    }
}
