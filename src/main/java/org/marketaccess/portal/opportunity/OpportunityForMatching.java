package org.marketaccess.portal.opportunity;

import java.time.Instant;
import org.marketaccess.portal.organization.OrganizationId;

/** A published opportunity as the matching index holds it, with the version it has in the database. */
public record OpportunityForMatching(
        OpportunityId id, OrganizationId organizationId, OpportunityDraft content, Instant publishedAt, long version) {}
