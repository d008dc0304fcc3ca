package org.marketaccess.portal.search;

/**
 * A ranked posting id with its score on the 0–100 scale people see, and the score the ranked
 * posting's side sees for the same pair (different only when a requirement or a region weighs
 * differently for the two sides).
 */
public record RankedMatch(String id, double score, double otherView) {

    public RankedMatch(String id, double score) {
        this(id, score, score);
    }
}
