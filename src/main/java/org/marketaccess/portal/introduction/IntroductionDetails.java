package org.marketaccess.portal.introduction;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.organization.ContactPersonData;
import org.marketaccess.portal.organization.OrganizationType;

/**
 * An introduction as the caller may see it. Organization names are null where still hidden, and
 * {@code contacts} is empty until the introduction is made: the service never hands out what the
 * caller must not see.
 */
public record IntroductionDetails(
        IntroductionId id,
        Party party,
        NeedId needId,
        OpportunityId opportunityId,
        String needTitle,
        String opportunityTitle,
        OrganizationType requesterType,
        String requesterName,
        String recipientName,
        String requestedBy,
        String message,
        IntroductionStatus status,
        String informationRequest,
        DeclineReason declineReason,
        String declineNote,
        Outcome outcome,
        String outcomeNote,
        String programNote,
        Instant createdAt,
        Instant updatedAt,
        Instant expiresAt,
        List<Contacts> contacts,
        Set<IntroductionAction> actions,
        long version,
        ForProgram forProgram) {

    /**
     * What only the program sees: both sides' clusters, and who took the program's last decision
     * for which cluster (decision 028). Null for the two sides.
     */
    public record ForProgram(
            String requesterCluster, String recipientCluster, String decidedBy, String decidedForCluster) {}

    /** The contact persons of one side, disclosed once introduced. */
    public record Contacts(String organizationName, OrganizationType type, List<ContactPersonData> persons) {}

    public boolean may(IntroductionAction action) {
        return actions.contains(action);
    }
}
