package org.marketaccess.portal.identity;

import java.util.List;

/** The four roles of the portal; one per account. Used in {@code @RolesAllowed} on views and services. */
public final class Roles {

    public static final String STARTUP = "STARTUP";
    public static final String PROVIDER = "PROVIDER";
    public static final String PROGRAM_MANAGER = "PROGRAM_MANAGER";
    public static final String ADMIN = "ADMIN";

    public static final List<String> ALL = List.of(STARTUP, PROVIDER, PROGRAM_MANAGER, ADMIN);

    /** Roles that people may take by registering themselves, together with a new organization. */
    public static final List<String> SELF_REGISTERED = List.of(STARTUP, PROVIDER);

    private Roles() {}

    public static boolean isRole(String role) {
        return ALL.contains(role);
    }
}
