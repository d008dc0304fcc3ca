package org.marketaccess.portal.introduction.internal;

import java.util.UUID;
import org.marketaccess.portal.introduction.IntroductionStatus;
import org.marketaccess.portal.organization.OrganizationType;

/**
 * The keys a request holds in the unique {@code open_pair} column (decision 024): its side's review
 * key while the program reviews it, the pair's key once the recipient knows of it, none once ended.
 * So each side has at most one request in review per pair, and a pair at most one request its
 * recipient was asked about or that was made.
 */
final class PairKeys {

    private PairKeys() {}

    static String pair(UUID needId, UUID opportunityId) {
        return needId + ":" + opportunityId;
    }

    /**
     * One per pair and side, so that a side may ask for a pair the other side has asked for without
     * learning of that request.
     */
    static String review(UUID needId, UUID opportunityId, OrganizationType requester) {
        return pair(needId, opportunityId) + (requester == OrganizationType.STARTUP ? ":S" : ":P");
    }

    /** The key a request in {@code state} holds, or null. */
    static String held(UUID needId, UUID opportunityId, OrganizationType requester, IntroductionStatus state) {
        return switch (state) {
            case PENDING_REVIEW, NEEDS_INFO -> review(needId, opportunityId, requester);
            case AWAITING_RESPONSE, INTRODUCED -> pair(needId, opportunityId);
            case DECLINED_BY_PROGRAM, DECLINED_BY_RECIPIENT, EXPIRED, WITHDRAWN -> null;
        };
    }
}
