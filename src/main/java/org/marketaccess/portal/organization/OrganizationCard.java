package org.marketaccess.portal.organization;

/** What another organization may see of one: never contact persons. */
public record OrganizationCard(OrganizationId id, OrganizationType type, String name, String website, String region) {}
