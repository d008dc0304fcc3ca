package org.marketaccess.portal.identity.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.marketaccess.portal.identity.AccountId;
import org.marketaccess.portal.identity.AccountSummary;

@Entity
@Table(name = "account")
public class Account {

    /** Failed logins in a row that lock the account. */
    public static final int MAX_FAILED_ATTEMPTS = 5;

    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    private UUID id;

    private String email;

    private String displayName;

    private String passwordHash;

    private String role;

    private boolean enabled;

    private int failedAttempts;

    private Instant lockedUntil;

    private Instant createdAt;

    /** False from a self-registration until the link in the verification mail is followed. */
    private boolean emailVerified;

    /** When the password last changed; sessions that signed in before it end (docs/decisions/021). */
    private Instant credentialsChangedAt;

    /** Null until persisted, so that Spring Data persists new entities with assigned ids instead of merging. */
    @Version
    private Long version;

    protected Account() {}

    public Account(UUID id, String email, String displayName, String passwordHash, String role, Instant createdAt) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = true;
        this.createdAt = createdAt;
        this.emailVerified = true;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Counts a wrong password. The fifth in a row locks the account for {@link #LOCK_DURATION} and
     * starts the count again, so that the account unlocks cleanly when the lock ends.
     *
     * @return whether this failure locked the account
     */
    public boolean recordFailedLogin(Instant now) {
        if (isLocked(now)) {
            return false;
        }
        failedAttempts++;
        if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
            failedAttempts = 0;
            lockedUntil = now.plus(LOCK_DURATION);
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogin() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    /**
     * A new password, set by its owner or through a reset link. It also ends a lock (the owner proved
     * who they are) and every other session, which signed in before {@code now}.
     */
    public void changePassword(String newPasswordHash, Instant now) {
        this.passwordHash = newPasswordHash;
        this.credentialsChangedAt = now.truncatedTo(ChronoUnit.MICROS);
        unlock();
    }

    public void awaitEmailVerification() {
        this.emailVerified = false;
    }

    /** @return whether this call verified it (false when it was verified before) */
    public boolean verifyEmail() {
        boolean before = emailVerified;
        emailVerified = true;
        return !before;
    }

    public void changeRole(String newRole) {
        this.role = newRole;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public AccountSummary toSummary() {
        return new AccountSummary(
                new AccountId(id), email, displayName, role, enabled, lockedUntil, failedAttempts, createdAt);
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String role() {
        return role;
    }

    public boolean enabled() {
        return enabled;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public boolean emailVerified() {
        return emailVerified;
    }

    public Instant credentialsChangedAt() {
        return credentialsChangedAt;
    }
}
