package org.marketaccess.portal.posting;

import java.util.UUID;

/** What the typed ids of the kinds ({@code NeedId}, {@code OpportunityId}) have in common: their uuid. */
public interface PostingId {

    UUID value();
}
