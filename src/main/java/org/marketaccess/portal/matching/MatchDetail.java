package org.marketaccess.portal.matching;

import org.marketaccess.portal.need.NeedDetails;
import org.marketaccess.portal.opportunity.OpportunityDetails;
import org.marketaccess.portal.search.MatchExplanation;

/** A need and an opportunity side by side, as the caller may see them, with the score and the reasons. */
public record MatchDetail(
        NeedDetails need, OpportunityDetails opportunity, double score, MatchExplanation explanation) {}
