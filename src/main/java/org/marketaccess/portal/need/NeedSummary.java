package org.marketaccess.portal.need;

import java.time.Instant;
import java.util.UUID;
import org.marketaccess.portal.posting.PostingSummary;
import org.marketaccess.portal.shared.PostingStatus;

/** A row of a list of needs; {@code organizationName} is null when hidden from the caller. */
public record NeedSummary(
        NeedId id,
        String title,
        String organizationName,
        PostingStatus status,
        String stage,
        boolean anonymous,
        Instant updatedAt)
        implements PostingSummary {

    @Override
    public UUID postingId() {
        return id.value();
    }
}
