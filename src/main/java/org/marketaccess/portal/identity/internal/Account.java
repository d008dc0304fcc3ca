package org.marketaccess.portal.identity.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
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
}
