package org.marketaccess.portal.identity.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.marketaccess.portal.identity.AccountId;
import org.marketaccess.portal.identity.AccountSummary;

@Entity
@Table(name = "account")
public class Account {

    @Id
    private UUID id;

    private String email;

    private String displayName;

    private String passwordHash;

    private String role;

    private boolean enabled;

    private Instant createdAt;

    /** False from a self-registration until the link in the verification mail is followed. */
    private boolean emailVerified;

    /** When the password last changed; sessions that signed in before it end (docs/decisions/021). */
    private Instant credentialsChangedAt;

    /** The language the person reads in ({@code en}, {@code es}, {@code ca}); null until first known (decision 026). */
    private String language;

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

    /**
     * A new password, set by its owner or through a reset link. It also ends every other session, which signed in before {@code now}.
     */
    public void changePassword(String newPasswordHash, Instant now) {
        this.passwordHash = newPasswordHash;
        this.credentialsChangedAt = now.truncatedTo(ChronoUnit.MICROS);
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

    /**
     * Erases the person in place (decision 023): the row stays, so that what refers to the account
     * keeps a valid reference, but it holds nothing about them and can never sign in again.
     */
    public void erase(String unusablePasswordHash) {
        email = "deleted-" + id + "@deleted.invalid";
        displayName = "Deleted account";
        passwordHash = unusablePasswordHash;
        enabled = false;
        language = null;
    }

    public AccountSummary toSummary() {
        return new AccountSummary(new AccountId(id), email, displayName, role, enabled, createdAt);
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

    public boolean emailVerified() {
        return emailVerified;
    }

    public String language() {
        return language;
    }

    /** @param language a code of {@link org.marketaccess.portal.shared.Languages#SUPPORTED} */
    public void changeLanguage(String language) {
        this.language = language;
    }

    public Instant credentialsChangedAt() {
        return credentialsChangedAt;
    }
}
