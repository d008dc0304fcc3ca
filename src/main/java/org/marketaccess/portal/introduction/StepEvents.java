package org.marketaccess.portal.introduction;

import org.marketaccess.portal.introduction.IntroductionEvents.Change;
import org.marketaccess.portal.introduction.IntroductionEvents.IntroductionChanged;
import org.marketaccess.portal.introduction.internal.Introduction;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.opportunity.OpportunityId;

/**
 * The past-tense event of each step: which change a caller's action is, the states before and after
 * (for an outcome the outcomes), and the reason and note the step took, read from the introduction
 * once changed.
 */
final class StepEvents {

    private StepEvents() {}

    static Change changeOf(IntroductionAction action) {
        return switch (action) {
            case RESUBMIT -> Change.RESUBMITTED;
            case WITHDRAW -> Change.WITHDRAWN;
            case APPROVE -> Change.APPROVED;
            case DECLINE_AS_PROGRAM -> Change.DECLINED_BY_PROGRAM;
            case ASK_FOR_INFORMATION -> Change.INFORMATION_REQUESTED;
            case ACCEPT -> Change.ACCEPTED;
            case DECLINE_AS_RECIPIENT -> Change.DECLINED_BY_RECIPIENT;
            case RECORD_OUTCOME -> Change.OUTCOME_RECORDED;
        };
    }

    /** What the event calls the introduction's state: its status, or for an outcome its outcome. */
    static String stateOf(Introduction introduction, Change change) {
        if (change != Change.OUTCOME_RECORDED) {
            return introduction.status().name();
        }
        return introduction.outcome() == null
                ? IntroductionStatus.INTRODUCED.name()
                : introduction.outcome().name();
    }

    /** The event of {@code change}, just made; {@code before} as {@link #stateOf} gave it before. */
    static IntroductionChanged changed(Introduction introduction, Change change, String before, Party actor) {
        boolean declined = change == Change.DECLINED_BY_PROGRAM || change == Change.DECLINED_BY_RECIPIENT;
        return new IntroductionChanged(
                new IntroductionId(introduction.id()),
                new NeedId(introduction.needId()),
                new OpportunityId(introduction.opportunityId()),
                change,
                before,
                stateOf(introduction, change),
                declined ? introduction.declineReason().code() : null,
                noteOf(introduction, change),
                actor,
                introduction.version(),
                programDecision(change) && introduction.clusters() != null
                        ? introduction.clusters().decidedFor()
                        : null);
    }

    private static boolean programDecision(Change change) {
        return change == Change.APPROVED
                || change == Change.DECLINED_BY_PROGRAM
                || change == Change.INFORMATION_REQUESTED;
    }

    /** The note the step took: the program's approval note or question, the decline's or the outcome's. */
    private static String noteOf(Introduction introduction, Change change) {
        return switch (change) {
            case APPROVED -> introduction.programNote();
            case INFORMATION_REQUESTED -> introduction.infoRequest();
            case DECLINED_BY_PROGRAM, DECLINED_BY_RECIPIENT -> introduction.declineNote();
            case OUTCOME_RECORDED -> introduction.outcomeNote();
            default -> null;
        };
    }
}
