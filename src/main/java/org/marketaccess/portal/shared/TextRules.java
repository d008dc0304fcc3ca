package org.marketaccess.portal.shared;

import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;

/**
 * The one rule every free-text field follows (decision 025): a length limit in UTF-16 units (as a
 * browser's {@code maxlength} counts, so an emoji counts two), and none of the characters that
 * break storage or hide what the text says:
 *
 * <ul>
 *   <li>control characters (C0, C1, U+2028/U+2029); tab and line breaks only in multi-line text;
 *   <li>bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can
 *       make text read differently from what it is; the marks U+200E, U+200F and U+061C stay;
 *   <li>invisible format characters (zero-width space, word joiner, byte order mark, soft hyphen,
 *       Hangul fillers, …); a zero-width joiner or non-joiner stays between two visible characters,
 *       where emoji sequences and several scripts need it;
 *   <li>unpaired surrogates and noncharacters.
 * </ul>
 *
 * Markup is allowed: it is stored and always shown as plain text. Stored text is NFC-normalized
 * ({@link #normalize}) so that the same visible text is the same stored text.
 */
public final class TextRules {

    public static final String CONTROL_CHARACTERS = "text.control-characters";
    public static final String LINE_BREAKS = "text.line-breaks";
    public static final String BIDI_CONTROLS = "text.bidi-controls";
    public static final String INVISIBLE_CHARACTERS = "text.invisible-characters";
    public static final String BROKEN_CHARACTERS = "text.broken-characters";

    private TextRules() {}

    /**
     * Checks one multi-line field and records the translation key of its problem, if any, as
     * {@code <prefix>.<field>.required}, {@code <prefix>.<field>.too-long} or one of the
     * {@code text.*} keys of {@link #problem}.
     */
    public static void check(
            Map<String, String> errors, String prefix, String field, String value, boolean required, int maxLength) {
        check(errors, prefix, field, value, required, maxLength, true);
    }

    /** As {@link #check(Map, String, String, String, boolean, int)}, for one line when not {@code multiLine}. */
    public static void check(
            Map<String, String> errors,
            String prefix,
            String field,
            String value,
            boolean required,
            int maxLength,
            boolean multiLine) {
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
        problem(value, multiLine).ifPresent(key -> errors.putIfAbsent(field, key));
    }

    /**
     * The translation key of the first character the rule refuses, or empty when the text is fine
     * (also when it is null).
     */
    public static Optional<String> problem(String value, boolean multiLine) {
        if (value == null) {
            return Optional.empty();
        }
        int length = value.length();
        int previous = -1;
        for (int i = 0; i < length; ) {
            int codePoint = value.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            String key = problem(codePoint, multiLine, previous, next < length ? value.codePointAt(next) : -1);
            if (key != null) {
                return Optional.of(key);
            }
            previous = codePoint;
            i = next;
        }
        return Optional.empty();
    }

    /** Whether the text breaks the multi-line rule. */
    public static boolean hasForbiddenCharacters(String value) {
        return problem(value, true).isPresent();
    }

    /** Stripped and NFC-normalized; null when blank. */
    public static String clean(String value) {
        return value == null || value.isBlank() ? null : normalize(value).strip();
    }

    /**
     * NFC, the form browsers and most keyboards produce: "é" typed as one character or as "e" and a
     * combining accent is stored, compared and searched as the same text. Text with a broken
     * surrogate is returned as it is (the rule refuses it anyway).
     */
    public static String normalize(String value) {
        if (value == null || Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
            return value;
        }
        if (value.codePoints().anyMatch(codePoint -> codePoint <= 0xFFFF && Character.isSurrogate((char) codePoint))) {
            return value;
        }
        return Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    /**
     * What a person typed to search with, without what the rule refuses: no stored text holds those
     * characters, so dropping them changes no result, and a NUL never reaches the database.
     */
    public static String searchable(String typed) {
        if (typed == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(typed.length());
        int previous = -1;
        for (int i = 0; i < typed.length(); ) {
            int codePoint = typed.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            int following = next < typed.length() ? typed.codePointAt(next) : -1;
            if (problem(codePoint, false, previous, following) == null) {
                kept.appendCodePoint(codePoint);
            } else if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
                kept.append(' ');
            }
            previous = codePoint;
            i = next;
        }
        return normalize(kept.toString());
    }

    private static String problem(int codePoint, boolean multiLine, int previous, int following) {
        if (codePoint == '\n' || codePoint == '\r') {
            return multiLine ? null : LINE_BREAKS;
        }
        if (codePoint == '\t') {
            return multiLine ? null : CONTROL_CHARACTERS;
        }
        if (Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF) {
            return BROKEN_CHARACTERS;
        }
        if ((codePoint & 0xFFFE) == 0xFFFE || (codePoint >= 0xFDD0 && codePoint <= 0xFDEF)) {
            return BROKEN_CHARACTERS; // noncharacters
        }
        if (Character.getType(codePoint) == Character.CONTROL || codePoint == 0x2028 || codePoint == 0x2029) {
            return CONTROL_CHARACTERS;
        }
        if ((codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069)) {
            return BIDI_CONTROLS;
        }
        if (codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C) {
            return null; // direction marks: needed in right-to-left text, they reorder nothing around them
        }
        if (codePoint == 0x200C || codePoint == 0x200D) {
            return visible(previous) && visible(following) ? null : INVISIBLE_CHARACTERS;
        }
        if (Character.getType(codePoint) == Character.FORMAT || invisibleLetter(codePoint)) {
            return INVISIBLE_CHARACTERS;
        }
        return null;
    }

    /** A character that shows something, as a joiner's neighbours must. */
    private static boolean visible(int codePoint) {
        if (codePoint < 0 || invisibleLetter(codePoint)) {
            return false;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.SPACE_SEPARATOR,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE,
                    Character.UNASSIGNED -> false;
            default -> true;
        };
    }

    /** Letters that draw nothing: the Hangul fillers and the Braille blank, favourites of look-alike names. */
    private static boolean invisibleLetter(int codePoint) {
        return codePoint == 0x115F
                || codePoint == 0x1160
                || codePoint == 0x3164
                || codePoint == 0xFFA0
                || codePoint == 0x2800;
    }
}
