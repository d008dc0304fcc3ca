package org.marketaccess.portal.audit.internal;

import org.marketaccess.portal.cluster.ManagerClustersChanged;
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
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the identity feature's events to the audit trail (logins, second factors, passwords,
 * accounts), inside the transaction that made the change (docs/decisions/002).
 */
@Component
class AccountAuditRecorder {

    private static final String ACCOUNT = "ACCOUNT";

    private final AuditWriter audit;

    AccountAuditRecorder(AuditWriter audit) {
        this.audit = audit;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(LoginSucceeded event) {
        audit.write(
                AuditWriter.self(event.accountId()),
                "LOGIN_SUCCEEDED",
                ACCOUNT,
                event.accountId().toString(),
                null,
                null,
                null,
                null);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(LoginFailed event) {
        audit.write(
                // a known account by its id; an address with no account as typed, since it names nobody here
                event.accountId() == null ? event.email() : AuditWriter.self(event.accountId()),
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
        audit.write(
                audit.actorOr(event.accountId()),
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
        audit.write(
                AuditWriter.self(event.accountId()),
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
        audit.write(
                AuditWriter.self(event.accountId()),
                "SECOND_FACTOR_FAILED",
                ACCOUNT,
                event.accountId().toString(),
                null,
                null,
                null,
                null);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RecoveryCodeUsed event) {
        audit.write(
                AuditWriter.self(event.accountId()),
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
        audit.write(
                audit.actor(), "TWO_FACTOR_RESET", ACCOUNT, event.accountId().toString(), null, null, null, null);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AccountCreated event) {
        audit.write(
                audit.actorOr(event.accountId()),
                "ACCOUNT_CREATED",
                ACCOUNT,
                event.accountId().toString(),
                null,
                event.role(),
                null,
                null);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AccountDeleted event) {
        audit.write(
                SubjectNames.ACCOUNT_ACTOR + event.accountId(),
                "ACCOUNT_DELETED",
                ACCOUNT,
                event.accountId().toString(),
                "ACTIVE",
                "DELETED",
                null,
                null);
    }

    /** Before and after as the sorted codes, e.g. {@code catalonia,massachusetts} (decision 028). */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ManagerClustersChanged event) {
        audit.write(
                audit.actor(),
                "MANAGER_CLUSTERS_CHANGED",
                ACCOUNT,
                event.accountId().toString(),
                String.join(",", new java.util.TreeSet<>(event.before())),
                String.join(",", new java.util.TreeSet<>(event.after())),
                null,
                null);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AccountRoleChanged event) {
        audit.write(
                audit.actor(),
                "ACCOUNT_ROLE_CHANGED",
                ACCOUNT,
                event.accountId().toString(),
                event.before(),
                event.after(),
                null,
                null);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AccountEnabledChanged event) {
        audit.write(
                audit.actor(),
                event.enabled() ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED",
                ACCOUNT,
                event.accountId().toString(),
                event.enabled() ? "DISABLED" : "ACTIVE",
                event.enabled() ? "ACTIVE" : "DISABLED",
                null,
                null);
    }

    /** Never the link: the event does not carry it. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PasswordResetRequested event) {
        audit.write(
                audit.actor(),
                "PASSWORD_RESET_REQUESTED",
                ACCOUNT,
                event.accountId().toString(),
                null,
                null,
                event.byAdministrator() ? "sent-by-administrator" : "asked-by-owner",
                null);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PasswordReset event) {
        audit.write(
                audit.actorOr(event.accountId()),
                "PASSWORD_RESET",
                ACCOUNT,
                event.accountId().toString(),
                null,
                null,
                "other-sessions-ended",
                null);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PasswordChanged event) {
        audit.write(
                audit.actor(),
                "PASSWORD_CHANGED",
                ACCOUNT,
                event.accountId().toString(),
                null,
                null,
                "other-sessions-ended",
                null);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(EmailVerified event) {
        audit.write(
                audit.actorOr(event.accountId()),
                "EMAIL_VERIFIED",
                ACCOUNT,
                event.accountId().toString(),
                "UNVERIFIED",
                "VERIFIED",
                null,
                null);
    }
}
