package org.marketaccess.portal.need;

import java.time.Instant;
import org.marketaccess.portal.organization.OrganizationId;

/** A published need as the matching index holds it, with the version it has in the database. */
public record NeedForMatching(
        NeedId id, OrganizationId organizationId, NeedDraft content, Instant publishedAt, long version) {}
