package org.marketaccess.portal.search;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.marketaccess.portal.posting.PostingKind;
import org.marketaccess.portal.search.internal.FacetedSearch;
import org.marketaccess.portal.search.internal.PostingIndex;
import org.marketaccess.portal.search.internal.PostingSchema;

/** Free-text search with facet filters and counts: the search box's side of {@link MatchEngine}. */
final class PostingSearch {

    private final PostingIndex index;
    private final MatchRules rules;
    /** A region and every region enclosing it. */
    private final Function<String, List<String>> scope;
    /** Today, or null when deadlines do not count. */
    private final Supplier<LocalDate> today;

    PostingSearch(
            PostingIndex index, MatchRules rules, Function<String, List<String>> scope, Supplier<LocalDate> today) {
        this.index = index;
        this.rules = rules;
        this.scope = scope;
        this.today = today;
    }

    /** Postings for typed text with facet filters and counts, as {@link MatchEngine#search} says. */
    SearchResult search(SearchRequest request) {
        Map<Facet, String> fields = Map.of(
                Facet.CATEGORY, PostingSchema.CATEGORY,
                Facet.CLINICAL_AREA, PostingSchema.CLINICAL,
                Facet.CARE_SETTING, PostingSchema.SETTING,
                Facet.REGION, PostingSchema.REGION);
        Map<String, Set<String>> chosen = new LinkedHashMap<>();
        request.filters().forEach((facet, codes) -> chosen.put(fields.get(facet), codes));
        FacetedSearch.Found found = index.search(new FacetedSearch.Request(
                request.kind().name(),
                FreeText.clean(request.text()),
                filters(request),
                chosen,
                expansions(request.kind()),
                request.excludedOrganizationId(),
                today.get(),
                request.limit(),
                List.of(PostingSchema.CATEGORY, PostingSchema.CLINICAL, PostingSchema.SETTING, PostingSchema.REGION)));
        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        fields.forEach((facet, field) -> counts.put(facet, found.counts().get(field)));
        return new SearchResult(
                found.hits().stream()
                        .map(hit -> new SearchResult.Hit(hit.id(), hit.score()))
                        .toList(),
                found.total(),
                counts,
                found.textUsed());
    }

    /**
     * How a document's codes answer the facets' choices where they differ: a need open to a region
     * is open to every region inside it, so for needs a region code counts for the regions within it.
     */
    private Map<String, Map<String, Set<String>>> expansions(PostingKind kind) {
        if (kind != PostingKind.NEED) {
            return Map.of();
        }
        Map<String, Set<String>> regions = new LinkedHashMap<>();
        for (String code : rules.regions().within("anywhere")) {
            regions.put(code, rules.regions().within(code));
        }
        return Map.of(PostingSchema.REGION, regions);
    }

    /** The hits alone, without counts. */
    List<SearchResult.Hit> hits(SearchRequest request) {
        return index
                .searchTop(
                        request.kind().name(),
                        FreeText.clean(request.text()),
                        filters(request),
                        request.excludedOrganizationId(),
                        today.get(),
                        request.limit())
                .stream()
                .map(hit -> new SearchResult.Hit(hit.id(), hit.score()))
                .toList();
    }

    private Map<String, Set<String>> filters(SearchRequest request) {
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        request.filters().forEach((facet, codes) -> {
            switch (facet) {
                case CATEGORY -> filters.put(PostingSchema.CATEGORY, codes);
                case CLINICAL_AREA -> filters.put(PostingSchema.CLINICAL, codes);
                case CARE_SETTING -> filters.put(PostingSchema.SETTING, codes);
                case REGION -> {
                    // An opportunity lies in the region (its enclosing regions are indexed); a need
                    // is open to it when it names the region or one enclosing it.
                    Set<String> terms = new LinkedHashSet<>();
                    codes.forEach(code -> terms.addAll(
                            request.kind() == PostingKind.OPPORTUNITY ? List.of(code) : scope.apply(code)));
                    filters.put(PostingSchema.REGION, terms);
                }
            }
        });
        if (request.visibility().viewerCluster() != null) {
            // not a facet: never counted, always applied (decision 028)
            filters.put(PostingSchema.AUDIENCE, Set.of(request.visibility().viewerCluster()));
        }
        return filters;
    }
}
