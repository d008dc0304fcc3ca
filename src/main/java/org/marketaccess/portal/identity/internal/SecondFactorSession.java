package org.marketaccess.portal.identity.internal;

import jakarta.servlet.http.HttpSession;
import java.util.Objects;
import org.marketaccess.portal.identity.AccountId;

/**
 * Marks a session whose password was right but whose second factor is still owed. Set at the login's
 * answer for every account that has or needs a second factor; until it is cleared, pages lead to the
 * two-factor step only (SecondFactorFilter for requests, the views' navigation gate in Vaadin).
 */
public final class SecondFactorSession {

    /** Holds the id of the account that owes its second step. */
    public static final String PENDING = "portal.second-factor.pending";

    private SecondFactorSession() {}

    public static boolean pending(Object attribute, AccountId account) {
        return attribute instanceof AccountId owing && Objects.equals(owing, account);
    }

    static void owe(HttpSession session, AccountId account) {
        session.setAttribute(PENDING, account);
    }
}
