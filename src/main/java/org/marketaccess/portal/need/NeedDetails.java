package org.marketaccess.portal.need;

import java.time.Instant;
import org.marketaccess.portal.organization.OrganizationCard;
import org.marketaccess.portal.posting.PostingDetails;
import org.marketaccess.portal.shared.PostingStatus;

/**
 * A need as the caller may see it. {@code organization} is null when the need is anonymous and the
 * caller is on the other side: the service never hands out what the view must not show.
 */
public record NeedDetails(
        NeedId id,
        OrganizationCard organization,
        boolean mine,
        PostingStatus status,
        NeedDraft content,
        Instant updatedAt,
        Instant publishedAt,
        long version)
        implements PostingDetails<NeedId, NeedDraft> {}
