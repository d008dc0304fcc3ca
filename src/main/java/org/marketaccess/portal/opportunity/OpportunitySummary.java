package org.marketaccess.portal.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.marketaccess.portal.posting.PostingSummary;
import org.marketaccess.portal.shared.PostingStatus;

/** A row of a list of opportunities; {@code organizationName} is null when hidden from the caller. */
public record OpportunitySummary(
        OpportunityId id,
        String title,
        String organizationName,
        PostingStatus status,
        String region,
        LocalDate responseDeadline,
        boolean anonymous,
        Instant updatedAt)
        implements PostingSummary {

    @Override
    public UUID postingId() {
        return id.value();
    }
}
