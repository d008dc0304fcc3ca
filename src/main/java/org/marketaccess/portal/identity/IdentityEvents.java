package org.marketaccess.portal.identity;

import java.time.Instant;

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

    /** The owner asked for a reset link, or an administrator sent one ({@code byAdministrator}). */
    public record PasswordResetRequested(AccountId accountId, String email, boolean byAdministrator) {}

    /** A new password was set through a reset link; other sessions ended, a lock ended. */
    public record PasswordReset(AccountId accountId, String email) {}

    /** The owner changed the password while signed in; their other sessions ended. */
    public record PasswordChanged(AccountId accountId, String email) {}

    /** The owner followed the verification link: the address is theirs. */
    public record EmailVerified(AccountId accountId, String email) {}

    /**
     * A mail to the owner of an address, written to the outbox in the publisher's transaction by the
     * notification feature. It may carry a secret link ({@code path}), so it is never audited nor
     * kept as an event publication: listeners handle it synchronously.
     *
     * @param key unique per mail, so that the same mail is never queued twice
     * @param path the route the mail links to, with its secret if any, e.g. {@code reset-password?token=…}
     * @param expiresAt when the link stops working, or null for a link without secret
     */
    /** @param language the reader's language code ({@code en}, {@code es}, {@code ca}), or null for English */
    public record AccountMailRequested(
            AccountMail kind,
            String key,
            String email,
            String displayName,
            String path,
            Instant expiresAt,
            String language) {}

    public enum AccountMail {
        PASSWORD_RESET,
        EMAIL_VERIFICATION,
        /** Someone tried to register an account with an address that already has one. */
        REGISTRATION_ATTEMPT
    }
}
