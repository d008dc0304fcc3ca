package org.marketaccess.portal.search;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the index keeps of a posting besides its profile: the version it was indexed at (to check
 * that the index agrees with the database), when it was published (the order of a browse without
 * text) and, for opportunities, the response deadline after which it is no longer offered.
 */
public record PostingMeta(long version, Instant publishedAt, LocalDate responseDeadline) {

    public static PostingMeta of(long version) {
        return new PostingMeta(version, null, null);
    }
}
