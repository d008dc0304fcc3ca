package org.marketaccess.portal.matching;

import org.marketaccess.portal.need.NeedDetails;
import org.marketaccess.portal.opportunity.OpportunityDetails;
import org.marketaccess.portal.search.MatchExplanation;
import org.marketaccess.portal.search.PairScore;

/**
 * A need and an opportunity side by side, as the caller may see them, with the score as the caller's
 * side sees it, the score each side sees ({@code views}: the same unless a requirement or a region
 * weighs differently for one), and the reasons.
 */
public record MatchDetail(
        NeedDetails need,
        OpportunityDetails opportunity,
        double score,
        PairScore views,
        MatchExplanation explanation) {}
