package org.marketaccess.portal.search;

import java.util.List;
import java.util.Map;

/**
 * The best hits (scores 0–100 relative to the best hit; without text the newest come first and the
 * score is null), how many postings matched, and for each facet the count of matching postings per
 * code. {@code textUsed} is false when the text held no searchable word. A facet's counts ignore that facet's own filter, so they say what choosing another code gives.
 */
public record SearchResult(List<Hit> hits, long total, Map<Facet, Map<String, Long>> counts, boolean textUsed) {

    public record Hit(String id, Double score) {}
}
