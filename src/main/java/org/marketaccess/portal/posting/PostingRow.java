package org.marketaccess.portal.posting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.marketaccess.portal.shared.PostingStatus;

/** One posting in the program's list; {@code kind} is NEED or OPPORTUNITY. */
public record PostingRow(
        UUID id,
        String kind,
        String organizationName,
        String title,
        PostingStatus status,
        boolean anonymous,
        Instant updatedAt,
        LocalDate responseDeadline) {

    /** Where the posting's details are shown. */
    public String detailsRoute() {
        return ("NEED".equals(kind) ? "needs/view/" : "opportunities/view/") + id;
    }
}
