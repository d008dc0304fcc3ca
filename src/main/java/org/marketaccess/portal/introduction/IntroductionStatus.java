package org.marketaccess.portal.introduction;

import java.util.EnumSet;
import java.util.Set;

/** The states of DESIGN.md's workflow; which step leads from which to which is the introduction's table. */
public enum IntroductionStatus {
    PENDING_REVIEW,
    NEEDS_INFO,
    AWAITING_RESPONSE,
    INTRODUCED,
    DECLINED_BY_PROGRAM,
    DECLINED_BY_RECIPIENT,
    EXPIRED,
    WITHDRAWN;

    /** Still under way: the requester may withdraw, and no second request for the pair is taken. */
    public static final Set<IntroductionStatus> OPEN = EnumSet.of(PENDING_REVIEW, NEEDS_INFO, AWAITING_RESPONSE);

    public boolean open() {
        return OPEN.contains(this);
    }
}
