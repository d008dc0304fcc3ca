package org.marketaccess.portal.matching;

import java.time.LocalDate;
import java.util.Optional;
import org.marketaccess.portal.search.PairFeatures;

/**
 * Which decisions are relevance labels, and how strong (decision 031). An introduction that went on
 * is a positive, graded by how far it went; a decline as not relevant is a negative. The other
 * structured reasons are used for what they say: a missing certification or integration, or a
 * stage too early, is a negative only for a pair that does miss a requirement (it teaches the
 * requirement factor; where the data show no gap it says nothing about relevance); no capacity is
 * not about the pair at all (capacity-aware ranking handles it), nor are "other", expiry and
 * withdrawal: those are set aside.
 */
public final class OutcomeLabels {

    /** A labelled pair: its features, the side whose list it came from, a grade 0–3 and a weight. */
    public record Example(
            String queryId,
            String answerId,
            LocalDate decidedAt,
            PairFeatures features,
            boolean fromNeed,
            int grade,
            double weight) {

        public boolean positive() {
            return grade > 0;
        }
    }

    /** What a decision is to the learner. */
    public enum Use {
        POSITIVE,
        NEGATIVE,
        CAPACITY,
        SET_ASIDE
    }

    private OutcomeLabels() {}

    public static Use use(DecidedPair pair, PairFeatures features) {
        return switch (pair.state()) {
            case "INTRODUCED" -> "CLOSED_NO_FIT".equals(pair.outcome()) ? Use.NEGATIVE : Use.POSITIVE;
            case "DECLINED_BY_PROGRAM", "DECLINED_BY_RECIPIENT" ->
                switch (String.valueOf(pair.reason())) {
                    case "not-relevant" -> Use.NEGATIVE;
                    case "missing-certification", "missing-integration", "too-early" ->
                        features.requirementsMet() ? Use.SET_ASIDE : Use.NEGATIVE;
                    case "no-capacity" -> Use.CAPACITY;
                    default -> Use.SET_ASIDE;
                };
            default -> Use.SET_ASIDE;
        };
    }

    /** The pair as a labelled example, or empty when it is no relevance label. */
    public static Optional<Example> label(DecidedPair pair, PairFeatures features) {
        Use use = use(pair, features);
        if (use != Use.POSITIVE && use != Use.NEGATIVE) {
            return Optional.empty();
        }
        int grade = use == Use.NEGATIVE ? 0 : grade(pair.outcome());
        // introduced with nothing recorded yet, or met and closed with no fit: half a label
        double weight = pair.outcome() == null || "CLOSED_NO_FIT".equals(pair.outcome()) ? 0.5 : 1;
        return Optional.of(new Example(
                pair.queryId(), pair.answerId(), pair.decidedAt(), features, pair.requestedByNeed(), grade, weight));
    }

    private static int grade(String outcome) {
        if (outcome == null) {
            return 1;
        }
        return switch (outcome) {
            case "PILOT_COMPLETED", "CONTRACT_SIGNED" -> 3;
            case "PILOT_AGREED" -> 2;
            default -> 1;
        };
    }
}
