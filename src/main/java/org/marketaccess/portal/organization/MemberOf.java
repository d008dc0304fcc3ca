package org.marketaccess.portal.organization;

/** The organization the signed-in member belongs to, as other features need to know it. */
public record MemberOf(
        OrganizationId id, OrganizationType type, VerificationStatus status, String name, String cluster) {

    /** Without a cluster: for callers that only compare organizations. */
    public MemberOf(OrganizationId id, OrganizationType type, VerificationStatus status, String name) {
        this(id, type, status, name, null);
    }

    public boolean verified() {
        return status == VerificationStatus.VERIFIED;
    }
}
