package org.marketaccess.portal.identity;

/** Past-tense events of the identity feature. They carry ids and the facts the audit trail records. */
public final class IdentityEvents {

    private IdentityEvents() {}

    public record AccountCreated(AccountId accountId, String email, String role) {}

    public record LoginSucceeded(AccountId accountId, String email) {}

    /** {@code accountId} is null when no account has that e-mail. */
    public record LoginFailed(AccountId accountId, String email, String reason) {}

    public record AccountRoleChanged(AccountId accountId, String email, String before, String after) {}

    /** A member deleted their account; it is erased in place and carries no personal data any more. */
    public record AccountDeleted(AccountId accountId) {}

    public record AccountEnabledChanged(AccountId accountId, String email, boolean enabled) {}

    public record TwoFactorEnrolled(AccountId accountId, String email) {}

    public record SecondFactorSucceeded(AccountId accountId, String email) {}

    public record SecondFactorFailed(AccountId accountId, String email) {}

    public record RecoveryCodeUsed(AccountId accountId, String email, long left) {}

    /** An administrator removed the account's authenticator. */
    public record TwoFactorReset(AccountId accountId, String email) {}
}
