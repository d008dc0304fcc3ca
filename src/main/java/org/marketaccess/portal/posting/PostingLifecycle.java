package org.marketaccess.portal.posting;

import org.marketaccess.portal.shared.IllegalTransitionException;
import org.marketaccess.portal.shared.PostingStatus;

/** The allowed moves of a posting's status, shared by needs and opportunities. */
public final class PostingLifecycle {

    private PostingLifecycle() {}

    public static void requireEditable(PostingStatus status) {
        if (!status.editable()) {
            throw new IllegalTransitionException(
                    "posting.transition.not-editable", "A " + status + " posting cannot change");
        }
    }

    public static PostingStatus publish(PostingStatus status) {
        if (status != PostingStatus.DRAFT) {
            throw new IllegalTransitionException(
                    "posting.transition.not-draft", "Only a draft can be published, not " + status);
        }
        return PostingStatus.PUBLISHED;
    }

    public static PostingStatus close(PostingStatus status) {
        if (!status.editable()) {
            throw new IllegalTransitionException(
                    "posting.transition.already-ended", "The posting is already " + status);
        }
        return PostingStatus.CLOSED;
    }

    public static PostingStatus award(PostingStatus status) {
        if (status != PostingStatus.PUBLISHED) {
            throw new IllegalTransitionException(
                    "posting.transition.award-published", "Only a published opportunity can be awarded");
        }
        return PostingStatus.AWARDED;
    }
}
