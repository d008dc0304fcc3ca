package org.marketaccess.portal.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Password rules after OWASP ASVS v4 2.1: at least 12 characters, long passphrases allowed (up to
 * 128), every character allowed, no composition rules, and none of the most common passwords
 * (2.1.7; the bundled list and its licence: decision 022). Lengths count Unicode code points, so an
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
        if (CommonPasswords.LIST.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    /** Loaded once, on the first password checked; the file is lower case, so is the lookup. */
    private static final class CommonPasswords {

        static final Set<String> LIST = load("common-passwords.txt");

        private static Set<String> load(String name) {
            Set<String> passwords = new HashSet<>(40_000);
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("The common password list " + name + " is missing");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        passwords.add(line.toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
            return Set.copyOf(passwords);
        }
    }
}
