package org.marketaccess.portal.demo;

import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.organization.VerificationStatus;

record DemoOrganization(
        OrganizationType type,
        String name,
        String website,
        String region,
        String description,
        String memberName,
        String memberEmail,
        String contactName,
        String contactEmail,
        String contactPhone,
        VerificationStatus status) {}
