package org.marketaccess.portal.shared;

import java.util.Locale;

/** Turns what a person typed into a case-insensitive SQL LIKE pattern in which % and _ are literal. */
public final class LikePatterns {

    private LikePatterns() {}

    /** The pattern, or the empty string when there is nothing to filter by. */
    public static String contains(String typed) {
        if (typed == null || typed.isBlank()) {
            return "";
        }
        String searchable = TextRules.searchable(typed);
        if (searchable.isBlank()) {
            return "";
        }
        String escaped = searchable
                .strip()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
