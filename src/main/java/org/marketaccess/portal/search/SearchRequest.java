package org.marketaccess.portal.search;

import java.util.Map;

/**
 * A free-text search of one kind of posting. {@code filters} holds at most one code per facet;
 * {@code excludedOrganizationId} keeps the searcher's own postings out.
 */
public record SearchRequest(
        PostingKind kind, String text, Map<Facet, String> filters, String excludedOrganizationId, int limit) {

    public SearchRequest {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }
}
