package org.marketaccess.portal.organization;

import java.time.Instant;
import java.util.List;

/**
 * An organization as its members and the program see it, contact persons included. {@code name} is
 * the public name; {@code proposedName} a verified organization's new name waiting for the program,
 * {@code nameReviewNote} why the program declined the last one.
 */
public record OrganizationProfile(
        OrganizationId id,
        OrganizationType type,
        String name,
        String website,
        String region,
        String description,
        VerificationStatus status,
        String statusReason,
        Instant statusChangedAt,
        boolean listedInDirectory,
        List<ContactPersonData> contacts,
        Instant createdAt,
        long version,
        String proposedName,
        String nameReviewNote) {

    public boolean verified() {
        return status == VerificationStatus.VERIFIED;
    }
}
