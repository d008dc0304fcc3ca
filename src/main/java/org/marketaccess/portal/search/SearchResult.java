package org.marketaccess.portal.search;

import java.util.List;
import java.util.Map;

/**
 * The best hits in order (a hit's score orders the typed-text results and is null without text,
 * when the newest come first), how many postings matched, and for each facet and code how many
 * postings choosing that code would give: for a code not chosen yet, the results with it added to
 * its facet's choice (OR within a facet); for a chosen one, how many of the results have it. {@code
 * textUsed} is false when the text held no searchable word.
 */
public record SearchResult(List<Hit> hits, long total, Map<Facet, Map<String, Long>> counts, boolean textUsed) {

    public record Hit(String id, Double score) {}
}
