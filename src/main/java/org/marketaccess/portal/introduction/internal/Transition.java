package org.marketaccess.portal.introduction.internal;

import static org.marketaccess.portal.introduction.IntroductionStatus.AWAITING_RESPONSE;
import static org.marketaccess.portal.introduction.IntroductionStatus.DECLINED_BY_PROGRAM;
import static org.marketaccess.portal.introduction.IntroductionStatus.DECLINED_BY_RECIPIENT;
import static org.marketaccess.portal.introduction.IntroductionStatus.EXPIRED;
import static org.marketaccess.portal.introduction.IntroductionStatus.INTRODUCED;
import static org.marketaccess.portal.introduction.IntroductionStatus.NEEDS_INFO;
import static org.marketaccess.portal.introduction.IntroductionStatus.PENDING_REVIEW;
import static org.marketaccess.portal.introduction.IntroductionStatus.WITHDRAWN;
import static org.marketaccess.portal.introduction.Party.PROGRAM;
import static org.marketaccess.portal.introduction.Party.RECIPIENT;
import static org.marketaccess.portal.introduction.Party.REQUESTER;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.marketaccess.portal.introduction.IntroductionAction;
import org.marketaccess.portal.introduction.IntroductionStatus;
import org.marketaccess.portal.introduction.Party;

/**
 * DESIGN.md's workflow as one table: each step, who may take it, the states it may be taken from
 * and the state it leads to. {@link Introduction} refuses every step this table does not allow; the
 * steps nobody takes by hand (the sweep's) have no action and no party.
 */
enum Transition {
    RESUBMIT(IntroductionAction.RESUBMIT, by(REQUESTER), from(NEEDS_INFO), PENDING_REVIEW),
    WITHDRAW(
            IntroductionAction.WITHDRAW, by(REQUESTER), from(PENDING_REVIEW, NEEDS_INFO, AWAITING_RESPONSE), WITHDRAWN),
    APPROVE(IntroductionAction.APPROVE, by(PROGRAM), from(PENDING_REVIEW), AWAITING_RESPONSE),
    ASK_FOR_INFORMATION(IntroductionAction.ASK_FOR_INFORMATION, by(PROGRAM), from(PENDING_REVIEW), NEEDS_INFO),
    DECLINE_AS_PROGRAM(
            IntroductionAction.DECLINE_AS_PROGRAM, by(PROGRAM), from(PENDING_REVIEW, NEEDS_INFO), DECLINED_BY_PROGRAM),
    ACCEPT(IntroductionAction.ACCEPT, by(RECIPIENT), from(AWAITING_RESPONSE), INTRODUCED),
    DECLINE_AS_RECIPIENT(
            IntroductionAction.DECLINE_AS_RECIPIENT, by(RECIPIENT), from(AWAITING_RESPONSE), DECLINED_BY_RECIPIENT),
    /** What became of the introduction; the state stays. */
    RECORD_OUTCOME(IntroductionAction.RECORD_OUTCOME, by(REQUESTER, RECIPIENT, PROGRAM), from(INTRODUCED), INTRODUCED),
    /** The sweep reminds the recipient; the state stays. */
    REMIND(null, by(), from(AWAITING_RESPONSE), AWAITING_RESPONSE),
    EXPIRE(null, by(), from(AWAITING_RESPONSE), EXPIRED);

    private final IntroductionAction action;
    private final Set<Party> by;
    private final Set<IntroductionStatus> from;
    private final IntroductionStatus to;

    Transition(IntroductionAction action, Set<Party> by, Set<IntroductionStatus> from, IntroductionStatus to) {
        this.action = action;
        this.by = by;
        this.from = from;
        this.to = to;
    }

    boolean allowedFrom(IntroductionStatus status) {
        return from.contains(status);
    }

    IntroductionStatus to() {
        return to;
    }

    /** The steps {@code party} may take in {@code status}. */
    static Set<IntroductionAction> actions(Party party, IntroductionStatus status) {
        Set<IntroductionAction> actions = EnumSet.noneOf(IntroductionAction.class);
        for (Transition transition : values()) {
            if (transition.by.contains(party) && transition.from.contains(status)) {
                actions.add(transition.action);
            }
        }
        return actions;
    }

    /** Whether {@code action} is ever {@code party}'s to take, in some state. */
    static boolean ever(Party party, IntroductionAction action) {
        return Arrays.stream(values())
                .anyMatch(transition -> transition.action == action && transition.by.contains(party));
    }

    private static Set<Party> by(Party... parties) {
        return Set.of(parties);
    }

    private static Set<IntroductionStatus> from(IntroductionStatus... states) {
        return Set.of(states);
    }
}
