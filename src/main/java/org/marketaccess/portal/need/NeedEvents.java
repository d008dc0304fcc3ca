package org.marketaccess.portal.need;

import org.marketaccess.portal.organization.OrganizationId;
import org.marketaccess.portal.shared.PostingStatus;

/** Past-tense events of needs; the search index and the audit trail react to them. */
public final class NeedEvents {

    private NeedEvents() {}

    public record NeedSaved(NeedId needId, OrganizationId organizationId) {}

    public record NeedStatusChanged(
            NeedId needId, OrganizationId organizationId, PostingStatus before, PostingStatus after) {}
}
