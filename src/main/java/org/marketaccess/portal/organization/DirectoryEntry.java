package org.marketaccess.portal.organization;

/** What the public stakeholder directory shows: no contact person, no status detail. */
public record DirectoryEntry(
        OrganizationId id, OrganizationType type, String name, String region, String website, String description) {}
