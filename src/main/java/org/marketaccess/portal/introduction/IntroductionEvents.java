package org.marketaccess.portal.introduction;

import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.opportunity.OpportunityId;

/** Past-tense events of the introduction feature. */
public final class IntroductionEvents {

    private IntroductionEvents() {}

    /** What happened to an introduction. */
    public enum Change {
        REQUESTED,
        RESUBMITTED,
        INFORMATION_REQUESTED,
        APPROVED,
        DECLINED_BY_PROGRAM,
        ACCEPTED,
        DECLINED_BY_RECIPIENT,
        WITHDRAWN,
        REMINDED,
        EXPIRED,
        OUTCOME_RECORDED
    }

    /**
     * One step of one introduction. {@code before}/{@code after} are the states, or for outcomes the
     * outcomes; {@code version} is the introduction's version after the step, so that each step is
     * told apart even when the same change happens twice. {@code forCluster}: the cluster a program
     * manager decided for (decision 028), on the program's decisions only.
     */
    public record IntroductionChanged(
            IntroductionId introductionId,
            NeedId needId,
            OpportunityId opportunityId,
            Change change,
            String before,
            String after,
            String reason,
            String note,
            Party actor,
            long version,
            String forCluster) {

        /** A step that is no decision of the program's. */
        public IntroductionChanged(
                IntroductionId introductionId,
                NeedId needId,
                OpportunityId opportunityId,
                Change change,
                String before,
                String after,
                String reason,
                String note,
                Party actor,
                long version) {
            this(introductionId, needId, opportunityId, change, before, after, reason, note, actor, version, null);
        }
    }
}
