package org.marketaccess.portal.search.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * How a search's facet counts are collected: every count field over the results, and each chosen
 * field "sideways", over the results its own choice aside.
 */
interface FacetCounts {

    /** The results' counts ({@code main}, its total the result count), and per chosen field its sideways tally. */
    record Counted(FacetCounter main, Map<String, FacetCounter> sideways) {}

    Counted count(IndexSearcher searcher, Query text, List<Query> kindFilters, FacetedSearch.Request r)
            throws IOException;

    static FacetCounter sideways(String field, FacetedSearch.Request r) {
        return new FacetCounter(
                List.of(field), r.expansions(), Map.of(field, r.filters().get(field)));
    }

    static List<String> undrilled(FacetedSearch.Request r) {
        return r.countFields().stream().filter(f -> !r.filters().containsKey(f)).toList();
    }

    /**
     * One search for the results, then one per chosen field with the other fields' choices; that
     * search's counter also tallies the documents outside the field's own choice. Measured faster
     * than lucene-facet's DrillSideways on this index (decision 018, {@code scripts/benchmark-facets}).
     */
    FacetCounts SEARCH_PER_FIELD = (searcher, text, kindFilters, r) -> {
        FacetCounter main = new FacetCounter(undrilled(r), r.expansions());
        searcher.search(
                PostingQueries.filtered(text, kindFilters, r.excludedOrganization(), r.filters(), null),
                main.manager());
        Map<String, FacetCounter> sideways = new LinkedHashMap<>();
        for (String field : r.countFields()) {
            if (r.filters().containsKey(field)) {
                FacetCounter counter = sideways(field, r);
                searcher.search(
                        PostingQueries.filtered(text, kindFilters, r.excludedOrganization(), r.filters(), field),
                        counter.manager());
                sideways.put(field, counter);
            }
        }
        return new Counted(main, sideways);
    };
}
