package org.marketaccess.portal.insight;

import java.time.Instant;
import java.util.List;

/**
 * The marketplace now: published needs and opportunities per category, clinical area and region;
 * and the gaps, postings whose best counterpart scores below {@code threshold}, as ranked at {@code
 * gapsAsOf} (a ranking of every posting, redone in the background after the index changed; null and
 * no gaps until the first ranking is done).
 */
public record SupplyAndDemand(
        List<Supply> byCategory,
        List<Supply> byClinicalArea,
        List<Supply> byRegion,
        double threshold,
        long publishedNeeds,
        long publishedOpportunities,
        List<Gap> needsWithoutOpportunity,
        List<Gap> opportunitiesWithoutNeed,
        Instant gapsAsOf) {

    /** One code of the taxonomy with its label and how many published postings carry it. */
    public record Supply(String code, String label, long needs, long opportunities) {}

    /** A posting and the score of its best counterpart. */
    public record Gap(String postingId, String title, double bestScore) {}
}
