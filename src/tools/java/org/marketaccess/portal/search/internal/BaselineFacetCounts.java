package org.marketaccess.portal.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.taxonomy.TaxonomyReader;

/** The ways of counting that measured slower (decision 018), kept as the facet benchmark's baselines. */
final class BaselineFacetCounts {

    private BaselineFacetCounts() {}

    /** The portal's way before issue 13: per chosen field, one search for its sideways counts and one outside its choice. */
    static final FacetCounts TWO_SEARCHES_PER_FIELD = (searcher, text, kindFilters, r) -> {
        FacetCounter main = new FacetCounter(FacetCounts.undrilled(r), r.expansions());
        searcher.search(
                PostingQueries.filtered(text, kindFilters, r.excludedOrganization(), r.filters(), null),
                main.manager());
        Map<String, FacetCounter> sideways = new LinkedHashMap<>();
        for (String field : r.countFields()) {
            if (r.filters().containsKey(field)) {
                var others = PostingQueries.filtered(text, kindFilters, r.excludedOrganization(), r.filters(), field);
                FacetCounter all = new FacetCounter(List.of(field), r.expansions());
                searcher.search(others, all.manager());
                FacetCounter outside = new FacetCounter(List.of(field), r.expansions());
                searcher.search(
                        PostingQueries.outside(others, field, r.filters().get(field)), outside.manager());
                FacetCounter tally = FacetCounts.sideways(field, r);
                tally.counts().get(field).putAll(all.counts().get(field));
                tally.outside().get(field).putAll(outside.counts().get(field));
                sideways.put(field, tally);
            }
        }
        return new FacetCounts.Counted(main, sideways);
    };

    /**
     * lucene-facet's {@link DrillSideways}: one pass over the documents that miss at most one
     * field's choice, each handed to the results' counter or to the one field it misses.
     */
    static final FacetCounts DRILL_SIDEWAYS = (searcher, text, kindFilters, r) -> {
        FacetCounter main = new FacetCounter(FacetCounts.undrilled(r), r.expansions());
        if (r.filters().isEmpty()) {
            searcher.search(
                    PostingQueries.filtered(text, kindFilters, r.excludedOrganization(), Map.of(), null),
                    main.manager());
            return new FacetCounts.Counted(main, Map.of());
        }
        DrillDownQuery query = new DrillDownQuery(
                new FacetsConfig(),
                PostingQueries.filtered(text, kindFilters, r.excludedOrganization(), Map.of(), null));
        List<FacetCounter> perDimension = new ArrayList<>();
        Map<String, FacetCounter> sideways = new LinkedHashMap<>();
        r.filters().forEach((field, codes) -> {
            query.add(field, PostingQueries.anyOf(field, codes));
            FacetCounter counter = FacetCounts.sideways(field, r);
            perDimension.add(counter);
            if (r.countFields().contains(field)) {
                sideways.put(field, counter);
            }
        });
        new DrillSideways(searcher, new FacetsConfig(), (TaxonomyReader) null)
                .search(
                        query,
                        main.manager(),
                        perDimension.stream().map(FacetCounter::manager).toList());
        return new FacetCounts.Counted(main, sideways);
    };
}
