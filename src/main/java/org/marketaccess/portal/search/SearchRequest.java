package org.marketaccess.portal.search;

import java.util.Map;
import java.util.Set;
import org.marketaccess.portal.posting.PostingKind;

/**
 * A free-text search of one kind of posting. {@code filters} holds the chosen codes per facet: a
 * posting must have one of a facet's codes (OR within a facet) and satisfy every facet (AND across
 * them); {@code excludedOrganizationId} keeps the searcher's own postings out.
 */
public record SearchRequest(
        PostingKind kind,
        String text,
        Map<Facet, Set<String>> filters,
        String excludedOrganizationId,
        int limit,
        Visibility visibility) {

    /** A search that filters no cluster (evaluations, benchmarks). */
    public SearchRequest(
            PostingKind kind, String text, Map<Facet, Set<String>> filters, String excludedOrganizationId, int limit) {
        this(kind, text, filters, excludedOrganizationId, limit, Visibility.ALL);
    }

    public SearchRequest {
        Map<Facet, Set<String>> chosen = new java.util.EnumMap<>(Facet.class);
        if (filters != null) {
            filters.forEach((facet, codes) -> {
                if (codes != null && !codes.isEmpty()) {
                    chosen.put(facet, Set.copyOf(codes));
                }
            });
        }
        filters = java.util.Collections.unmodifiableMap(chosen);
        if (visibility == null) {
            visibility = Visibility.ALL;
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }
}
