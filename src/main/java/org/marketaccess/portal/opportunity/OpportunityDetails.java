package org.marketaccess.portal.opportunity;

import java.time.Instant;
import org.marketaccess.portal.organization.OrganizationCard;
import org.marketaccess.portal.posting.PostingDetails;
import org.marketaccess.portal.shared.PostingStatus;

/** An opportunity as the caller may see it; {@code organization} is null when hidden from the caller. */
public record OpportunityDetails(
        OpportunityId id,
        OrganizationCard organization,
        boolean mine,
        PostingStatus status,
        boolean offered,
        OpportunityDraft content,
        Instant updatedAt,
        Instant publishedAt,
        long version)
        implements PostingDetails<OpportunityId, OpportunityDraft> {}
