package org.marketaccess.portal.opportunity;

import java.io.Serializable;
import java.util.UUID;
import org.marketaccess.portal.posting.PostingId;

public record OpportunityId(UUID value) implements PostingId, Serializable {

    /** The id in a URL, or null when the text is not an id. */
    public static OpportunityId parse(String text) {
        try {
            return text == null ? null : new OpportunityId(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
