package org.marketaccess.portal.matching;

import java.util.List;
import java.util.Map;
import org.marketaccess.portal.search.Facet;

/**
 * A page of search results with the facet counts. {@code textIgnored} says that the typed text held
 * no searchable word (only punctuation or stop words), so the newest postings are listed instead.
 */
public record SearchPage(
        List<ResultCard> cards, long total, Map<Facet, Map<String, Long>> counts, boolean textIgnored) {}
