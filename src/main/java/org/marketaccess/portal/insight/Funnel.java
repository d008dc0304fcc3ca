package org.marketaccess.portal.insight;

import java.util.List;
import java.util.Map;

/**
 * The requests of a period through the program's funnel. A stage counts every request that reached
 * it or a later one (a skipped outcome counts as passed, but has no time of its own).
 */
public record Funnel(List<FunnelStage> stages) {

    /** The funnel's stages, in order. */
    public enum Stage {
        REQUESTED,
        APPROVED,
        INTRODUCED,
        MEETING_HELD,
        PILOT_AGREED,
        PILOT_COMPLETED,
        CONTRACT_SIGNED
    }

    /** Why a request left the funnel at a stage; {@code OPEN} ones are still there. */
    public enum Exit {
        WITHDRAWN,
        DECLINED_BY_PROGRAM,
        DECLINED_BY_RECIPIENT,
        EXPIRED,
        CLOSED_NO_FIT,
        OPEN
    }

    /**
     * One stage: how many requests reached it, the share of the stage before and of all requests
     * (null when there is nothing to divide by), the median and 90th percentile of the days from
     * the stage before to this one (null when no request has both times), and how many left the
     * funnel here, by why.
     */
    public record FunnelStage(
            Stage stage,
            long reached,
            Double fromPrevious,
            Double fromRequest,
            Double medianDays,
            Double p90Days,
            Map<Exit, Long> leftHere) {

        public long left(Exit exit) {
            return leftHere.getOrDefault(exit, 0L);
        }
    }

    public FunnelStage stage(Stage stage) {
        return stages.get(stage.ordinal());
    }

    public long requests() {
        return stages.getFirst().reached();
    }
}
