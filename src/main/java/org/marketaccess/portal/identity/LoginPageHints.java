package org.marketaccess.portal.identity;

import java.util.List;

/**
 * Lines shown under the login form, e.g. the demo logins of the default profile. Another feature
 * provides a bean of this type when it has something to say; production has none.
 */
public interface LoginPageHints {

    record DemoLogin(String role, String email, String password) {}

    List<DemoLogin> demoLogins();

    /** The published TOTP secret of the demo's staff accounts, or blank. */
    default String demoTwoFactorSecret() {
        return "";
    }
}
