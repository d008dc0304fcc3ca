package org.marketaccess.portal.need;

import java.io.Serializable;
import java.util.UUID;
import org.marketaccess.portal.posting.PostingId;

public record NeedId(UUID value) implements PostingId, Serializable {

    /** The id in a URL, or null when the text is not an id. */
    public static NeedId parse(String text) {
        try {
            return text == null ? null : new NeedId(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
