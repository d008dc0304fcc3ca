package org.marketaccess.portal.audit.internal;

import java.time.Clock;
import org.marketaccess.portal.dataset.DatasetImportService.DatasetImported;
import org.marketaccess.portal.identity.CurrentUser;
import org.marketaccess.portal.identity.IdentityEvents.AccountCreated;
import org.marketaccess.portal.identity.IdentityEvents.AccountDeleted;
import org.marketaccess.portal.identity.IdentityEvents.AccountEnabledChanged;
import org.marketaccess.portal.identity.IdentityEvents.AccountRoleChanged;
import org.marketaccess.portal.identity.IdentityEvents.EmailVerified;
import org.marketaccess.portal.identity.IdentityEvents.LoginFailed;
import org.marketaccess.portal.identity.IdentityEvents.LoginSucceeded;
import org.marketaccess.portal.identity.IdentityEvents.PasswordChanged;
import org.marketaccess.portal.identity.IdentityEvents.PasswordReset;
import org.marketaccess.portal.identity.IdentityEvents.PasswordResetRequested;
import org.marketaccess.portal.identity.IdentityEvents.RecoveryCodeUsed;
import org.marketaccess.portal.identity.IdentityEvents.SecondFactorFailed;
import org.marketaccess.portal.identity.IdentityEvents.SecondFactorSucceeded;
import org.marketaccess.portal.identity.IdentityEvents.TwoFactorEnrolled;
import org.marketaccess.portal.identity.IdentityEvents.TwoFactorReset;
import org.marketaccess.portal.identity.Roles;
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
 * Writes the audit trail from the other features' events, inside the transaction that made the
 * change: the audit row commits with the change or not at all (see docs/decisions/002).
 */
@Component
class AuditTrailRecorder {

    private static final String ACCOUNT = "ACCOUNT";
    private static final String ORGANIZATION = "ORGANIZATION";

    private final AuditEventRepository records;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditTrailRecorder(AuditEventRepository records, CurrentUser currentUser, Clock clock) {
        this.records = records;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(LoginSucceeded event) {
        write(event.email(), "LOGIN_SUCCEEDED", ACCOUNT, event.accountId().toString(), null, null, null, null);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(LoginFailed event) {
        write(
                event.email(),
                "LOGIN_FAILED",
                ACCOUNT,
                event.accountId() == null ? null : event.accountId().toString(),
                null,
                null,
                event.reason(),
                null);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(TwoFactorEnrolled event) {
        write(
                actorOr(event.email()),
                "TWO_FACTOR_ENROLLED",
                ACCOUNT,
                event.accountId().toString(),
                null,
                null,
                null,
                null);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(SecondFactorSucceeded event) {
        write(
                event.email(),
                "SECOND_FACTOR_SUCCEEDED",
                ACCOUNT,
                event.accountId().toString(),
                null,
                null,
                null,
                null);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(SecondFactorFailed event) {
        write(event.email(), "SECOND_FACTOR_FAILED", ACCOUNT, event.accountId().toString(), null, null, null, null);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RecoveryCodeUsed event) {
        write(
                event.email(),
                "RECOVERY_CODE_USED",
                ACCOUNT,
                event.accountId().toString(),
                null,
                null,
                null,
                event.left() + " left");
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(TwoFactorReset event) {
        write(actor(), "TWO_FACTOR_RESET", ACCOUNT, event.accountId().toString(), null, null, null, event.email());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AccountCreated event) {
        write(
                actorOr(event.email()),
                "ACCOUNT_CREATED",
                ACCOUNT,
                event.accountId().toString(),
                null,
                event.role(),
                null,
                event.email());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AccountDeleted event) {
        write(
                SubjectNames.ACCOUNT_ACTOR + event.accountId(),
                "ACCOUNT_DELETED",
                ACCOUNT,
                event.accountId().toString(),
                "ACTIVE",
                "DELETED",
                null,
                null);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AccountRoleChanged event) {
        write(
                actor(),
                "ACCOUNT_ROLE_CHANGED",
                ACCOUNT,
                event.accountId().toString(),
                event.before(),
                event.after(),
                null,
                event.email());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AccountEnabledChanged event) {
        write(
                actor(),
                event.enabled() ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED",
                ACCOUNT,
                event.accountId().toString(),
                event.enabled() ? "DISABLED" : "ACTIVE",
                event.enabled() ? "ACTIVE" : "DISABLED",
                null,
                event.email());
    }

    /** Never the link: the event does not carry it. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PasswordResetRequested event) {
        write(
                actor(),
                "PASSWORD_RESET_REQUESTED",
                ACCOUNT,
                event.accountId().toString(),
                null,
                null,
                event.byAdministrator() ? "sent-by-administrator" : "asked-by-owner",
                event.email());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PasswordReset event) {
        write(
                actorOr(event.email()),
                "PASSWORD_RESET",
                ACCOUNT,
                event.accountId().toString(),
                null,
                null,
                "other-sessions-ended",
                event.email());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PasswordChanged event) {
        write(
                actor(),
                "PASSWORD_CHANGED",
                ACCOUNT,
                event.accountId().toString(),
                null,
                null,
                "other-sessions-ended",
                event.email());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(EmailVerified event) {
        write(
                actorOr(event.email()),
                "EMAIL_VERIFIED",
                ACCOUNT,
                event.accountId().toString(),
                "UNVERIFIED",
                "VERIFIED",
                null,
                event.email());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(OrganizationRegistered event) {
        write(
                actorOr(event.registrantEmail()),
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
        write(
                actor(),
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
        write(
                actor(),
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
        write(
                actor(),
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
        write(
                actor(),
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
        write(
                actor(),
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
        write(
                actor(),
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
        write(
                actor(),
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
        write(
                actor(),
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
        write(
                actor(),
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
        write(
                actor(),
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
        write(
                actor(),
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
        write(
                actor(),
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
        write(
                actor(),
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
        write(
                actor(),
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
        write(
                actor(),
                "INTRODUCTION_" + event.change().name(),
                "INTRODUCTION",
                event.introductionId().toString(),
                event.before(),
                event.after(),
                event.reason(),
                event.note());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(DatasetImported event) {
        write(actor(), "DATASET_IMPORTED", "DATASET", event.dataset(), null, null, null, event.summary());
    }

    /**
     * Who acted. A member is written as their account id, named at display time, so that the
     * append-only trail holds no e-mail of a person who may delete their account (decision 023).
     */
    private String actor() {
        return currentUser
                .get()
                .filter(user -> Roles.SELF_REGISTERED.contains(user.role()))
                .map(user -> SubjectNames.ACCOUNT_ACTOR + user.id())
                .orElseGet(currentUser::actorName);
    }

    /** The signed-in actor, or, for a step nobody signed in took (a self-registration), the person named. */
    private String actorOr(String person) {
        String actor = actor();
        return CurrentUser.ANONYMOUS.equals(actor) && person != null ? person : actor;
    }

    private void write(
            String actor,
            String action,
            String subjectType,
            String subjectId,
            String before,
            String after,
            String reason,
            String details) {
        records.save(new AuditRecord(
                clock.instant(), actor, action, subjectType, subjectId, before, after, reason, details));
    }
}
