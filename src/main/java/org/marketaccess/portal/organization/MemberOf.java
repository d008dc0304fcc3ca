package org.marketaccess.portal.organization;

/** The organization the signed-in member belongs to, as other features need to know it. */
public record MemberOf(OrganizationId id, OrganizationType type, VerificationStatus status, String name) {

    public boolean verified() {
        return status == VerificationStatus.VERIFIED;
    }
}
