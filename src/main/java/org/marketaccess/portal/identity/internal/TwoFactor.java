package org.marketaccess.portal.identity.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An account's enrolled authenticator: its sealed TOTP secret and the last time step used. */
@Entity
@Table(name = "two_factor")
public class TwoFactor {

    @Id
    private UUID accountId;

    private String secret;

    private Instant enrolledAt;

    private long lastStep;

    @Version
    private Long version;

    protected TwoFactor() {}

    TwoFactor(UUID accountId, String sealedSecret, Instant enrolledAt, long firstStep) {
        this.accountId = accountId;
        this.secret = sealedSecret;
        this.enrolledAt = enrolledAt;
        this.lastStep = firstStep;
    }

    /** A code was accepted for this step: that step and the ones before it are spent. */
    void use(long step) {
        if (step <= lastStep) {
            throw new IllegalStateException("A time step is used once");
        }
        lastStep = step;
    }

    UUID accountId() {
        return accountId;
    }

    String sealedSecret() {
        return secret;
    }

    long lastStep() {
        return lastStep;
    }

    Instant enrolledAt() {
        return enrolledAt;
    }
}
