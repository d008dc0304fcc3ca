package org.marketaccess.portal.organization;

/**
 * An organization from a program's data set; {@code externalId} is the data set's id, {@code
 * cluster} the cluster it belongs to, or null for its region's (decision 028).
 */
public record ImportedOrganization(
        String externalId,
        OrganizationType type,
        String name,
        String description,
        String region,
        String website,
        ContactPersonData contact,
        boolean listedInDirectory,
        String cluster) {}
