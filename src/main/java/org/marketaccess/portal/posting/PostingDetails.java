package org.marketaccess.portal.posting;

import org.marketaccess.portal.organization.OrganizationCard;
import org.marketaccess.portal.shared.PostingStatus;

/**
 * What an editor and a details page need of a posting as its service shows it, whatever its kind.
 *
 * @param <I> the kind's id
 * @param <D> the kind's command record, the posting's content
 */
public interface PostingDetails<I, D extends Record> {

    I id();

    /** Null when the posting is anonymous and the caller is on the other side. */
    OrganizationCard organization();

    default boolean organizationHidden() {
        return organization() == null;
    }

    /** The caller's organization owns it. */
    boolean mine();

    PostingStatus status();

    D content();

    long version();
}
