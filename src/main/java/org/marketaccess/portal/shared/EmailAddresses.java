package org.marketaccess.portal.shared;

import java.util.regex.Pattern;

/**
 * The one rule for an address the portal can mail: something without spaces, quotes or list
 * separators on each side of a single {@code @}. Bean Validation's {@code @Email} also accepts quoted
 * local parts, which the outbox refuses; an account or a recipient must pass this rule, so that every
 * account can be mailed a reset link. Lookups by address ask it first, so that no typed text that can
 * be no address reaches the database.
 */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 254;

    private static final Pattern ADDRESS = Pattern.compile("[^\\s@,;<>()\"]+@[^\\s@,;<>()\"]+");

    private EmailAddresses() {}

    /** Whether the normalized (stripped, lower-case) address can be mailed. */
    public static boolean mailable(String normalized) {
        return normalized != null
                && normalized.length() <= MAX_LENGTH
                && ADDRESS.matcher(normalized).matches()
                // a NUL or another control character is no address, and PostgreSQL refuses a NUL in a query
                && TextRules.problem(normalized, false).isEmpty();
    }
}
