package org.marketaccess.portal.posting;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marketaccess.portal.shared.PostingStatus;

/** Small rules that needs and opportunities check alike. */
public final class PostingChecks {

    private PostingChecks() {}

    /** A published posting names at least one code in each field the other side filters by. */
    public static void requireSome(Map<String, String> errors, String field, List<String> codes) {
        if (codes.isEmpty()) {
            errors.putIfAbsent(field, "posting.choose-at-least-one");
        }
    }

    public static void requireOne(Map<String, String> errors, String field, String code) {
        if (code == null || code.isBlank()) {
            errors.putIfAbsent(field, "posting.choose-one");
        }
    }

    /** A status filter; empty means every status. */
    public static Set<PostingStatus> statusesOrAll(Set<PostingStatus> statuses) {
        return statuses == null || statuses.isEmpty() ? EnumSet.allOf(PostingStatus.class) : statuses;
    }
}
