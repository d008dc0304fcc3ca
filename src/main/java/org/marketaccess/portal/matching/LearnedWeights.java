package org.marketaccess.portal.matching;

import java.time.Instant;
import org.marketaccess.portal.search.ScoreWeights;

/**
 * The weights ranking uses and what they were learned from (decision 031). Version 0 is the design
 * weights, before any relearn. {@code learned} is false when a relearn kept the design weights: too
 * few labels, or learned weights that did worse than the design's in the history replay. The
 * replay figures are null when the history spans under two months.
 */
public record LearnedWeights(
        int version,
        Instant learnedAt,
        String requestedBy,
        boolean learned,
        int labels,
        int positives,
        int negatives,
        int setAside,
        int capacityDeclines,
        ScoreWeights weights,
        int replayTrainMonths,
        int replayTestMonths,
        Double replayNdcgLearned,
        Double replayNdcgDesign) {

    public static final LearnedWeights DESIGN =
            new LearnedWeights(0, null, null, false, 0, 0, 0, 0, 0, ScoreWeights.DESIGN, 0, 0, null, null);

    /** Whether the design weights were kept because there were too few labels. */
    public boolean tooFewLabels() {
        return labels < WeightLearner.MIN_LABELS
                || positives < WeightLearner.MIN_EACH
                || negatives < WeightLearner.MIN_EACH;
    }
}
