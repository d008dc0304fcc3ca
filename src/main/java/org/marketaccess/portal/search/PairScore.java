package org.marketaccess.portal.search;

/** One pair's score (0–100) as the need's side and as the opportunity's side see it. */
public record PairScore(double fromNeed, double fromOpportunity) {

    /** Whether the two sides see different numbers (a requirement or a region decides it for one). */
    public boolean differs() {
        return Math.round(fromNeed) != Math.round(fromOpportunity);
    }
}
