package org.marketaccess.portal.testing;

import java.util.UUID;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.organization.Registration;

/** Fresh, valid input for tests; every call gives new unique e-mails and names. */
public final class TestData {

    public static final String DEMO_PASSWORD = "market-access-demo";
    public static final String DEMO_STARTUP = "startup@demo.marketaccess.org";
    public static final String DEMO_PROVIDER = "provider@demo.marketaccess.org";
    public static final String DEMO_PROGRAM_MANAGER = "pm@demo.marketaccess.org";
    public static final String DEMO_ADMIN = "admin@demo.marketaccess.org";

    private TestData() {}

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Registration registration(OrganizationType type) {
        String tag = unique("t");
        return new Registration(
                "Robin Tester",
                tag + "@example.org",
                "a long enough passphrase",
                type,
                "Test Org " + tag,
                "https://" + tag + ".example.org",
                "massachusetts",
                "An organization made by a test.",
                "Casey Contact",
                "contact-" + tag + "@example.org",
                "+1 617 555 0100",
                true);
    }
}
