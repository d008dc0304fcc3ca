package org.marketaccess.portal.identity.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One single-use recovery code, kept as its SHA-256 hash (the codes are random, about 49 bits each). */
@Entity
@Table(name = "two_factor_recovery_code")
public class RecoveryCode {

    @Id
    private UUID id;

    private UUID accountId;

    private String codeHash;

    private Instant usedAt;

    @Version
    private Long version;

    protected RecoveryCode() {}

    RecoveryCode(UUID id, UUID accountId, String codeHash) {
        this.id = id;
        this.accountId = accountId;
        this.codeHash = codeHash;
    }

    void use(Instant now) {
        if (usedAt != null) {
            throw new IllegalStateException("A recovery code is used once");
        }
        usedAt = now;
    }

    boolean used() {
        return usedAt != null;
    }
}
