package org.marketaccess.portal.introduction;

import java.time.Instant;
import java.util.List;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.organization.OrganizationType;

/**
 * A past introduction from a program's data set: who asked about which pair, when, and each step
 * since, in order. {@code matchScore} is the pair's score (0–100) when it was requested, or null when
 * the records do not have it: the import never guesses one.
 */
public record ImportedIntroduction(
        String externalId,
        NeedId needId,
        OpportunityId opportunityId,
        OrganizationType requester,
        String message,
        Instant requestedAt,
        Double matchScore,
        List<HistoryStep> steps) {

    public ImportedIntroduction {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
