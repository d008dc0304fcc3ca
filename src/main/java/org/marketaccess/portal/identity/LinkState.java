package org.marketaccess.portal.identity;

/** What a link from an account mail (password reset, e-mail verification) can still do. */
public enum LinkState {
    VALID,
    USED,
    EXPIRED,
    /** Not a link the portal sent: mistyped, cut off by the mail program, or made up. */
    UNKNOWN;

    /** The translation key saying what is wrong with the link; VALID has none. */
    public String messageKey() {
        return "account-link." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
