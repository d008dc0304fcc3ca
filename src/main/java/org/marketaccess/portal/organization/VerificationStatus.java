package org.marketaccess.portal.organization;

public enum VerificationStatus {
    PENDING_VERIFICATION,
    VERIFIED,
    REJECTED
}
