package org.marketaccess.portal.posting;

import java.time.Instant;
import java.util.UUID;
import org.marketaccess.portal.shared.PostingStatus;

/** What a list of its owner's postings shows of each, whatever its kind. */
public interface PostingSummary {

    UUID postingId();

    String title();

    PostingStatus status();

    boolean anonymous();

    Instant updatedAt();
}
