package org.marketaccess.portal.search;

import org.marketaccess.portal.shared.TextRules;

/** What is left of typed text before analysis: what {@link TextRules} refuses is dropped, length is capped. */
final class FreeText {

    static final int MAX_CHARACTERS = 1_000;

    private FreeText() {}

    static String clean(String typed) {
        if (typed == null) {
            return "";
        }
        String capped = typed.length() > MAX_CHARACTERS ? typed.substring(0, MAX_CHARACTERS) : typed;
        return TextRules.searchable(capped);
    }
}
