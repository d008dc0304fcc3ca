package org.marketaccess.portal.identity.internal;

/**
 * What a failed login leaves in the HTTP session for the login page: the e-mail that was tried, so
 * that the page shows it again and only the password has to be retyped.
 */
public final class LoginSession {

    /** Session attribute holding the e-mail of the last failed login. */
    public static final String LAST_EMAIL = "portal.login.last-email";

    /** Longer input is not an e-mail anyone registered (accounts hold at most 254 characters). */
    static final int MAX_EMAIL = 254;

    private LoginSession() {}
}
