package org.marketaccess.portal.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.marketaccess.portal.search.PairFeatures;
import org.marketaccess.portal.search.ScoreWeights;

/**
 * One relearn from a history of decisions (decision 031): the decisions become labels, the history
 * is replayed (learned on its earlier months, measured on its later ones, against the design
 * weights), and the weights are then learned from every label. The portal and the evaluation
 * command run the same steps.
 */
public final class Relearning {

    /** The labels of a history, and how many decisions were no label. */
    public record Labels(List<OutcomeLabels.Example> examples, int setAside, int capacityDeclines) {}

    private Relearning() {}

    /**
     * {@code features} gives a pair's features, or empty when one of its postings is gone (such a
     * pair is set aside).
     */
    public static Labels labels(
            List<DecidedPair> history, BiFunction<String, String, Optional<PairFeatures>> features) {
        List<OutcomeLabels.Example> examples = new ArrayList<>();
        int setAside = 0;
        int capacity = 0;
        for (DecidedPair pair : history) {
            Optional<PairFeatures> found = features.apply(pair.needId(), pair.opportunityId());
            if (found.isEmpty()) {
                setAside++;
                continue;
            }
            OutcomeLabels.Use use = OutcomeLabels.use(pair, found.get());
            if (use == OutcomeLabels.Use.CAPACITY) {
                capacity++;
            }
            Optional<OutcomeLabels.Example> example = OutcomeLabels.label(pair, found.get());
            if (example.isPresent()) {
                examples.add(example.get());
            } else if (use != OutcomeLabels.Use.CAPACITY) {
                setAside++;
            }
        }
        return new Labels(examples, setAside, capacity);
    }

    /**
     * Learns from every label and replays the history; the result has no version yet. The learned
     * weights are used only when there were enough labels and, where the history spans two months
     * or more, they ordered the later months' decisions at least as well as the design weights.
     */
    public static LearnedWeights run(Labels labels, Instant at, String requestedBy) {
        Replay replay = Replay.split(labels.examples());
        Double learnedNdcg = null;
        Double designNdcg = null;
        if (!replay.test().isEmpty()) {
            ScoreWeights onEarlier =
                    WeightLearner.learn(replay.train(), ScoreWeights.DESIGN).weights();
            double learned = WeightLearner.decidedNdcg(replay.test(), onEarlier);
            double design = WeightLearner.decidedNdcg(replay.test(), ScoreWeights.DESIGN);
            if (!Double.isNaN(learned) && !Double.isNaN(design)) {
                learnedNdcg = learned;
                designNdcg = design;
            }
        }
        WeightLearner.Learned all = WeightLearner.learn(labels.examples(), ScoreWeights.DESIGN);
        // learned weights that ordered the later months worse than the design weights are not used
        boolean adopted = all.learned() && (learnedNdcg == null || learnedNdcg >= designNdcg);
        return new LearnedWeights(
                0,
                at,
                requestedBy,
                adopted,
                all.labels(),
                all.positives(),
                all.negatives(),
                labels.setAside(),
                labels.capacityDeclines(),
                adopted ? all.weights() : ScoreWeights.DESIGN,
                replay.trainMonths().size(),
                replay.testMonths().size(),
                learnedNdcg,
                designNdcg);
    }
}
