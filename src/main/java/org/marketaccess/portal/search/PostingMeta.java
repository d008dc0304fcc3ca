package org.marketaccess.portal.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * What the index keeps of a posting besides its profile: the version it was indexed at (to check
 * that the index agrees with the database), when it was published (the order of a browse without
 * text), for opportunities the response deadline after which it is no longer offered, and its
 * organization's cluster with the clusters that may see it (decision 028).
 */
public record PostingMeta(
        long version, Instant publishedAt, LocalDate responseDeadline, String cluster, Set<String> audience) {

    public PostingMeta {
        audience = audience == null ? Set.of() : Set.copyOf(audience);
    }

    /** A posting of no cluster: found only where nothing is filtered (evaluations, benchmarks). */
    public PostingMeta(long version, Instant publishedAt, LocalDate responseDeadline) {
        this(version, publishedAt, responseDeadline, null, Set.of());
    }

    public static PostingMeta of(long version) {
        return new PostingMeta(version, null, null);
    }
}
