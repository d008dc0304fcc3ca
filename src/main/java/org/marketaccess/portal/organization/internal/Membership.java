package org.marketaccess.portal.organization.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An account's membership of its organization; one organization per account. */
@Entity
@Table(name = "organization_member")
public class Membership {

    @Id
    private UUID accountId;

    private UUID organizationId;

    protected Membership() {}

    public Membership(UUID accountId, UUID organizationId) {
        this.accountId = accountId;
        this.organizationId = organizationId;
    }

    public UUID accountId() {
        return accountId;
    }

    public UUID organizationId() {
        return organizationId;
    }
}
