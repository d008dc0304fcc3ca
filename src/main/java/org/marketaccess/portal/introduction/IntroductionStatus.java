package org.marketaccess.portal.introduction;

import java.util.EnumSet;
import java.util.Set;

/** The states of DESIGN.md's workflow. */
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

    /** The workflow's arrows: the states this one may move to. */
    public boolean mayMoveTo(IntroductionStatus next) {
        return switch (this) {
            case PENDING_REVIEW ->
                next == NEEDS_INFO || next == AWAITING_RESPONSE || next == DECLINED_BY_PROGRAM || next == WITHDRAWN;
            case NEEDS_INFO -> next == PENDING_REVIEW || next == DECLINED_BY_PROGRAM || next == WITHDRAWN;
            case AWAITING_RESPONSE ->
                next == INTRODUCED || next == DECLINED_BY_RECIPIENT || next == EXPIRED || next == WITHDRAWN;
            case INTRODUCED, DECLINED_BY_PROGRAM, DECLINED_BY_RECIPIENT, EXPIRED, WITHDRAWN -> false;
        };
    }
}
