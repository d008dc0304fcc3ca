package org.marketaccess.portal.shared;

import java.util.Map;

/**
 * The rules every free-text field follows: a length limit (in UTF-16 units, as a browser's
 * {@code maxlength} counts, so an emoji counts two), and no control characters (tab and line breaks excepted). Markup is allowed: it is stored
 * and always shown as plain text.
 */
public final class TextRules {

    private TextRules() {}

    /**
     * Checks one field and records the translation key of its problem, if any, as
     * {@code <prefix>.<field>.required}, {@code <prefix>.<field>.too-long} or
     * {@code text.control-characters}.
     */
    public static void check(
            Map<String, String> errors, String prefix, String field, String value, boolean required, int maxLength) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.putIfAbsent(field, prefix + "." + field + ".required");
            }
            return;
        }
        // UTF-16 units, as browsers count maxlength and as H2 sizes varchar columns
        if (value.length() > maxLength) {
            errors.putIfAbsent(field, prefix + "." + field + ".too-long");
            return;
        }
        if (hasControlCharacters(value)) {
            errors.putIfAbsent(field, "text.control-characters");
        }
    }

    /** Control characters other than tab and line breaks, in text that is not blank. */
    public static boolean hasControlCharacters(String value) {
        return value != null && !value.isBlank() && value.codePoints().anyMatch(TextRules::forbidden);
    }

    public static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean forbidden(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL
                && codePoint != '\n'
                && codePoint != '\r'
                && codePoint != '\t';
    }
}
