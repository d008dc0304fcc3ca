package org.marketaccess.portal.opportunity;

import org.marketaccess.portal.organization.OrganizationId;
import org.marketaccess.portal.shared.PostingStatus;

/** Past-tense events of opportunities; the search index and the audit trail react to them. */
public final class OpportunityEvents {

    private OpportunityEvents() {}

    public record OpportunitySaved(OpportunityId opportunityId, OrganizationId organizationId) {}

    public record OpportunityStatusChanged(
            OpportunityId opportunityId, OrganizationId organizationId, PostingStatus before, PostingStatus after) {}
}
