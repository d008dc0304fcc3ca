package org.marketaccess.portal.identity.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.marketaccess.portal.identity.LinkState;

/**
 * A single-use link sent by e-mail. Only the SHA-256 of its secret is stored; the secret itself
 * exists in the mail alone.
 */
@Entity
@Table(name = "account_token")
public class AccountToken {

    public enum Purpose {
        PASSWORD_RESET,
        EMAIL_VERIFICATION
    }

    @Id
    private UUID id;

    private UUID accountId;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    private String tokenHash;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    protected AccountToken() {}

    AccountToken(UUID accountId, Purpose purpose, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** A used link stays used even once it has expired: the person learns the more useful fact. */
    public LinkState state(Instant now) {
        if (usedAt != null) {
            return LinkState.USED;
        }
        return now.isBefore(expiresAt) ? LinkState.VALID : LinkState.EXPIRED;
    }

    public UUID id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public Purpose purpose() {
        return purpose;
    }
}
