package org.marketaccess.portal.posting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.marketaccess.portal.shared.PostingStatus;

/** One posting in the program's list. */
public record PostingRow(
        UUID id,
        PostingKind kind,
        String organizationName,
        String title,
        PostingStatus status,
        boolean anonymous,
        Instant updatedAt,
        LocalDate responseDeadline) {

    /** Where the posting's details are shown. */
    public String detailsRoute() {
        return kind.detailsRoute(id);
    }
}
