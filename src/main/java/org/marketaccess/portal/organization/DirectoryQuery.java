package org.marketaccess.portal.organization;

/** Directory filters; null or blank means "any". A region includes the regions nested in it. */
public record DirectoryQuery(String text, OrganizationType type, String region) {}
