package org.marketaccess.portal.organization.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.marketaccess.portal.shared.IllegalTransitionException;

/**
 * A member's invitation of a colleague to their organization. Only the SHA-256 of the link's token
 * is kept; the link works once and until {@code expiresAt}.
 */
@Entity
@Table(name = "organization_invitation")
public class Invitation {

    @Id
    private UUID id;

    private UUID organizationId;

    private String email;

    private String tokenHash;

    /** The inviting member's account; null once that account is deleted. */
    private UUID invitedBy;

    private Instant createdAt;

    private Instant expiresAt;

    private Instant usedAt;

    @Version
    private Long version;

    protected Invitation() {}

    public Invitation(
            UUID id,
            UUID organizationId,
            String email,
            String tokenHash,
            UUID invitedBy,
            Instant now,
            Instant expiresAt) {
        this.id = id;
        this.organizationId = organizationId;
        this.email = email;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        if (!usableAt(now)) {
            throw new IllegalTransitionException("invitation.unusable", "Invitation " + id + " is used or expired");
        }
        usedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public String email() {
        return email;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant usedAt() {
        return usedAt;
    }
}
