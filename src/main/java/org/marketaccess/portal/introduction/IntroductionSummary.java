package org.marketaccess.portal.introduction;

import java.time.Instant;
import org.marketaccess.portal.organization.OrganizationType;

/**
 * A row of a list of introductions as the caller may see it: {@code otherParty} is null while the
 * other side's posting is anonymous and no introduction has been made.
 */
public record IntroductionSummary(
        IntroductionId id,
        Party party,
        OrganizationType requesterType,
        String needTitle,
        String opportunityTitle,
        String requesterName,
        String recipientName,
        IntroductionStatus status,
        Outcome outcome,
        Instant createdAt,
        Instant updatedAt,
        Instant expiresAt) {}
