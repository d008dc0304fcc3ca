package org.marketaccess.portal.posting;

import org.marketaccess.portal.shared.PostingStatus;

/**
 * What an editor needs of a posting as its service shows it, whatever its kind.
 *
 * @param <I> the kind's id
 * @param <D> the kind's command record, the posting's content
 */
public interface PostingDetails<I, D extends Record> {

    I id();

    /** The caller's organization owns it. */
    boolean mine();

    PostingStatus status();

    D content();

    long version();
}
