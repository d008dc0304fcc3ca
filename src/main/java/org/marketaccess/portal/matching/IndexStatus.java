package org.marketaccess.portal.matching;

import java.time.Duration;
import java.time.Instant;

/**
 * The search index as an administrator sees it: what it holds against what the database holds, and
 * the rebuild under way or the last one.
 */
public record IndexStatus(
        long indexedNeeds,
        long indexedOpportunities,
        long publishedNeeds,
        long publishedOpportunities,
        boolean rebuilding,
        long rebuildDone,
        long rebuildTotal,
        Instant lastRebuildAt,
        Duration lastRebuildTook,
        String lastRebuildReason,
        String lastRebuildFailure) {

    public boolean agrees() {
        return indexedNeeds == publishedNeeds && indexedOpportunities == publishedOpportunities;
    }
}
