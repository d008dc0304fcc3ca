package org.marketaccess.portal.identity;

import java.util.Optional;

/**
 * Password rules after OWASP ASVS v4 2.1: at least 12 characters, long passphrases allowed (up to
 * 128), every character allowed, and no composition rules. Lengths count Unicode code points, so an
 * emoji is one character.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    /** The translation key of what is wrong with the password, or empty when it is acceptable. */
    public static Optional<String> problem(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("password.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password.too-short");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.too-long");
        }
        if (password.isBlank()) {
            return Optional.of("password.blank");
        }
        return Optional.empty();
    }
}
