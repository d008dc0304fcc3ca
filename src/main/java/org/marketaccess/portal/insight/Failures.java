package org.marketaccess.portal.insight;

import java.time.YearMonth;
import java.util.List;
import org.marketaccess.portal.introduction.DeclineReason;

/** Why pairs fail: declines by month, reason and who declined; and conversion by match score. */
public record Failures(List<DeclineCount> declines, List<ScoreBand> byScore) {

    /** Who declined. */
    public enum Decliner {
        PROGRAM,
        RECIPIENT
    }

    public record DeclineCount(YearMonth month, Decliner by, DeclineReason reason, long count) {}

    /**
     * Requests of the period whose pair scored within [{@code from}, {@code to}) when requested (both
     * null: the score is not known), and how many became introductions and pilots.
     */
    public record ScoreBand(Integer from, Integer to, long requests, long introduced, long pilots) {

        public Double introducedShare() {
            return requests == 0 ? null : (double) introduced / requests;
        }

        public Double pilotShare() {
            return requests == 0 ? null : (double) pilots / requests;
        }
    }
}
