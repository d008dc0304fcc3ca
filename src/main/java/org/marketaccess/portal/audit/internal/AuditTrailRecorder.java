package org.marketaccess.portal.audit.internal;

import org.marketaccess.portal.dataset.DatasetImportService.DatasetImported;
import org.marketaccess.portal.introduction.IntroductionEvents.IntroductionChanged;
import org.marketaccess.portal.need.NeedEvents.NeedStatusChanged;
import org.marketaccess.portal.opportunity.OpportunityEvents.OpportunityStatusChanged;
import org.marketaccess.portal.organization.OrganizationEvents.MemberInvited;
import org.marketaccess.portal.organization.OrganizationEvents.MemberJoined;
import org.marketaccess.portal.organization.OrganizationEvents.MemberLeft;
import org.marketaccess.portal.organization.OrganizationEvents.MemberRemoved;
import org.marketaccess.portal.organization.OrganizationEvents.OrganizationImported;
import org.marketaccess.portal.organization.OrganizationEvents.OrganizationProfileUpdated;
import org.marketaccess.portal.organization.OrganizationEvents.OrganizationRegistered;
import org.marketaccess.portal.organization.OrganizationEvents.OrganizationRejected;
import org.marketaccess.portal.organization.OrganizationEvents.OrganizationRenameDeclined;
import org.marketaccess.portal.organization.OrganizationEvents.OrganizationRenameProposed;
import org.marketaccess.portal.organization.OrganizationEvents.OrganizationRenamed;
import org.marketaccess.portal.organization.OrganizationEvents.OrganizationResubmitted;
import org.marketaccess.portal.organization.OrganizationEvents.OrganizationVerified;
import org.marketaccess.portal.organization.VerificationStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit trail from the other features' events (organizations, postings, introductions,
 * imports), inside the transaction that made the change: the audit row commits with the change or
 * not at all (see docs/decisions/002). Accounts are {@link AccountAuditRecorder}'s.
 */
@Component
class AuditTrailRecorder {

    private static final String ORGANIZATION = "ORGANIZATION";

    private final AuditWriter audit;

    AuditTrailRecorder(AuditWriter audit) {
        this.audit = audit;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(OrganizationRegistered event) {
        audit.write(
                audit.actorOr(event.registrant()),
                "ORGANIZATION_REGISTERED",
                ORGANIZATION,
                event.organizationId().toString(),
                null,
                VerificationStatus.PENDING_VERIFICATION.name(),
                null,
                event.type().name());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(OrganizationVerified event) {
        audit.write(
                audit.actor(),
                "ORGANIZATION_VERIFIED",
                ORGANIZATION,
                event.organizationId().toString(),
                event.before().name(),
                VerificationStatus.VERIFIED.name(),
                event.note(),
                null);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(OrganizationRejected event) {
        audit.write(
                audit.actor(),
                "ORGANIZATION_REJECTED",
                ORGANIZATION,
                event.organizationId().toString(),
                event.before().name(),
                VerificationStatus.REJECTED.name(),
                event.reason(),
                null);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(OrganizationResubmitted event) {
        audit.write(
                audit.actor(),
                "ORGANIZATION_RESUBMITTED",
                ORGANIZATION,
                event.organizationId().toString(),
                VerificationStatus.REJECTED.name(),
                VerificationStatus.PENDING_VERIFICATION.name(),
                null,
                null);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(OrganizationProfileUpdated event) {
        audit.write(
                audit.actor(),
                "ORGANIZATION_PROFILE_UPDATED",
                ORGANIZATION,
                event.organizationId().toString(),
                null,
                null,
                null,
                null);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(OrganizationRenameProposed event) {
        audit.write(
                audit.actor(),
                "ORGANIZATION_RENAME_PROPOSED",
                ORGANIZATION,
                event.organizationId().toString(),
                null,
                null,
                null,
                renaming(event.publicName(), event.proposedName()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(OrganizationRenamed event) {
        audit.write(
                audit.actor(),
                "ORGANIZATION_RENAMED",
                ORGANIZATION,
                event.organizationId().toString(),
                null,
                null,
                null,
                renaming(event.before(), event.after()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(OrganizationRenameDeclined event) {
        audit.write(
                audit.actor(),
                "ORGANIZATION_RENAME_DECLINED",
                ORGANIZATION,
                event.organizationId().toString(),
                null,
                null,
                event.reason(),
                renaming(event.name(), event.declinedName()));
    }

    // Members are named by account id, never by address: the trail outlives a deleted account (decision 023).

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(MemberInvited event) {
        audit.write(
                audit.actor(),
                "ORGANIZATION_MEMBER_INVITED",
                ORGANIZATION,
                event.organizationId().toString(),
                null,
                null,
                null,
                "invitation " + event.invitationId());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(MemberJoined event) {
        audit.write(
                audit.actor(),
                "ORGANIZATION_MEMBER_JOINED",
                ORGANIZATION,
                event.organizationId().toString(),
                null,
                null,
                null,
                "account " + event.accountId() + " by invitation " + event.invitationId());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(MemberRemoved event) {
        audit.write(
                audit.actor(),
                "ORGANIZATION_MEMBER_REMOVED",
                ORGANIZATION,
                event.organizationId().toString(),
                null,
                null,
                null,
                "account " + event.accountId());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(MemberLeft event) {
        audit.write(
                audit.actor(),
                "ORGANIZATION_MEMBER_LEFT",
                ORGANIZATION,
                event.organizationId().toString(),
                null,
                null,
                null,
                "account " + event.accountId());
    }

    private static String renaming(String from, String to) {
        return "\"" + from + "\" → \"" + to + "\"";
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(OrganizationImported event) {
        audit.write(
                audit.actor(),
                event.created() ? "ORGANIZATION_IMPORTED" : "ORGANIZATION_REIMPORTED",
                ORGANIZATION,
                event.organizationId().toString(),
                null,
                null,
                null,
                "external id " + event.externalId());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(NeedStatusChanged event) {
        audit.write(
                audit.actor(),
                "NEED_" + event.after().name(),
                "NEED",
                event.needId().toString(),
                event.before().name(),
                event.after().name(),
                null,
                null);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(OpportunityStatusChanged event) {
        audit.write(
                audit.actor(),
                "OPPORTUNITY_" + event.after().name(),
                "OPPORTUNITY",
                event.opportunityId().toString(),
                event.before().name(),
                event.after().name(),
                null,
                null);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(IntroductionChanged event) {
        audit.write(
                audit.actor(),
                "INTRODUCTION_" + event.change().name(),
                "INTRODUCTION",
                event.introductionId().toString(),
                event.before(),
                event.after(),
                event.reason(),
                // a program decision names the cluster it was taken for (decision 028)
                event.forCluster() == null
                        ? event.note()
                        : "cluster " + event.forCluster() + (event.note() == null ? "" : ": " + event.note()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(DatasetImported event) {
        audit.write(audit.actor(), "DATASET_IMPORTED", "DATASET", event.dataset(), null, null, null, event.summary());
    }
}
