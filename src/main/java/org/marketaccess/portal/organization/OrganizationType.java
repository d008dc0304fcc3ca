package org.marketaccess.portal.organization;

import org.marketaccess.portal.identity.Roles;

public enum OrganizationType {
    STARTUP(Roles.STARTUP),
    PROVIDER(Roles.PROVIDER);

    private final String memberRole;

    OrganizationType(String memberRole) {
        this.memberRole = memberRole;
    }

    /** The role of the accounts that are members of an organization of this type. */
    public String memberRole() {
        return memberRole;
    }
}
