package org.marketaccess.portal.organization;

import java.time.Instant;

/** A row of the program's organization list; {@code proposedName} is a new name waiting for approval. */
public record OrganizationSummary(
        OrganizationId id,
        OrganizationType type,
        String name,
        String region,
        VerificationStatus status,
        Instant createdAt,
        String proposedName) {}
