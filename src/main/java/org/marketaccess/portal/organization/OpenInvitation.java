package org.marketaccess.portal.organization;

/** What the person holding a working invitation link sees before they join. */
public record OpenInvitation(String organizationName, OrganizationType type, String email) {}
