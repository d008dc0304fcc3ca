package org.marketaccess.portal.matching;

import java.util.List;
import org.marketaccess.portal.search.PairFeatures;
import org.marketaccess.portal.search.ScoreWeights;

/**
 * Learns the score's weights from labelled pairs (decision 031): a logistic model of "this pair went
 * on" on the engine's own score, {@code P = sigmoid(a + b · score(weights, pair))}, fitted by
 * gradient descent with the weights kept non-negative and adding up to 1 and the factors between
 * {@link #MIN_FACTOR} and 1, and pulled toward the design weights by a Gaussian prior: moving
 * one part by {@link #PRIOR_SCALE} costs as much as {@link #PRIOR_LABELS} badly predicted labels
 * (log-loss 1 each), so with few labels the design weights barely move and with many the data decide. Below {@link #MIN_LABELS} labels (or {@link #MIN_EACH} of either kind) nothing is learned.
 * Deterministic: the same labels give the same weights.
 */
public final class WeightLearner {

    public static final int MIN_LABELS = 30;
    public static final int MIN_EACH = 5;
    public static final double PRIOR_LABELS = 5;
    /** How far (in weight units) the prior lets a part move per unit of evidence. */
    static final double PRIOR_SCALE = 0.1;

    static final double MIN_FACTOR = 0.3;
    private static final int ITERATIONS = 1500;
    private static final double RATE = 0.02;

    /** What was learned: the weights, or the design's with {@code learned} false when there were too few labels. */
    public record Learned(ScoreWeights weights, boolean learned, int labels, int positives, int negatives) {}

    private WeightLearner() {}

    public static Learned learn(List<OutcomeLabels.Example> examples, ScoreWeights prior) {
        int positives =
                (int) examples.stream().filter(OutcomeLabels.Example::positive).count();
        int negatives = examples.size() - positives;
        if (examples.size() < MIN_LABELS || positives < MIN_EACH || negatives < MIN_EACH) {
            return new Learned(prior, false, examples.size(), positives, negatives);
        }
        double[] start = {
            prior.text(),
            prior.clinical(),
            prior.category(),
            prior.setting(),
            prior.requirementFactor(),
            prior.regionFactor(),
            -2,
            4
        };
        double[] theta = start.clone();
        double[] m = new double[theta.length];
        double[] v = new double[theta.length];
        double totalWeight =
                examples.stream().mapToDouble(OutcomeLabels.Example::weight).sum();
        for (int step = 1; step <= ITERATIONS; step++) {
            double[] gradient = gradient(theta, start, examples, totalWeight);
            for (int j = 0; j < theta.length; j++) {
                // Adam: the intercept and scale live on other scales than the weights
                m[j] = 0.9 * m[j] + 0.1 * gradient[j];
                v[j] = 0.999 * v[j] + 0.001 * gradient[j] * gradient[j];
                double mHat = m[j] / (1 - Math.pow(0.9, step));
                double vHat = v[j] / (1 - Math.pow(0.999, step));
                theta[j] -= RATE * mHat / (Math.sqrt(vHat) + 1e-8);
            }
            project(theta);
        }
        return new Learned(weights(theta), true, examples.size(), positives, negatives);
    }

    /** The mean weighted log-loss plus the prior, as minimized. */
    static double loss(double[] theta, double[] prior, List<OutcomeLabels.Example> examples, double totalWeight) {
        ScoreWeights weights = weights(theta);
        double loss = 0;
        for (OutcomeLabels.Example example : examples) {
            double z = theta[6] + theta[7] * example.features().score(weights, example.fromNeed());
            // log(1 + e^-z) for a positive, log(1 + e^z) for a negative, computed stably
            double signed = example.positive() ? -z : z;
            loss += example.weight() * (Math.max(signed, 0) + Math.log1p(Math.exp(-Math.abs(signed))));
        }
        double penalty = 0;
        for (int j = 0; j < 6; j++) {
            double d = (theta[j] - prior[j]) / PRIOR_SCALE;
            penalty += d * d;
        }
        return loss / totalWeight + PRIOR_LABELS / totalWeight * penalty;
    }

    private static double[] gradient(
            double[] theta, double[] prior, List<OutcomeLabels.Example> examples, double totalWeight) {
        double[] gradient = new double[theta.length];
        double h = 1e-5;
        for (int j = 0; j < theta.length; j++) {
            double[] up = theta.clone();
            double[] down = theta.clone();
            up[j] += h;
            down[j] -= h;
            gradient[j] = (loss(up, prior, examples, totalWeight) - loss(down, prior, examples, totalWeight)) / (2 * h);
        }
        return gradient;
    }

    /** Weights non-negative adding up to 1, factors in [MIN_FACTOR, 1], a positive scale. */
    private static void project(double[] theta) {
        double sum = 0;
        for (int j = 0; j < 4; j++) {
            theta[j] = Math.max(theta[j], 0);
            sum += theta[j];
        }
        for (int j = 0; j < 4; j++) {
            theta[j] = sum == 0 ? 0.25 : theta[j] / sum;
        }
        theta[4] = Math.clamp(theta[4], MIN_FACTOR, 1);
        theta[5] = Math.clamp(theta[5], MIN_FACTOR, 1);
        theta[7] = Math.max(theta[7], 0.1);
    }

    private static ScoreWeights weights(double[] theta) {
        return ScoreWeights.normalized(theta[0], theta[1], theta[2], theta[3], theta[4], theta[5]);
    }

    /**
     * Mean nDCG of each query's decided pairs ordered by score under {@code weights} (queries with at
     * least two decided pairs and one positive): how well the weights order what was decided.
     */
    public static double decidedNdcg(List<OutcomeLabels.Example> examples, ScoreWeights weights) {
        var byQuery = new java.util.LinkedHashMap<String, java.util.List<OutcomeLabels.Example>>();
        examples.forEach(example -> byQuery.computeIfAbsent(example.queryId(), key -> new java.util.ArrayList<>())
                .add(example));
        double sum = 0;
        int queries = 0;
        for (var group : byQuery.values()) {
            if (group.size() < 2 || group.stream().noneMatch(OutcomeLabels.Example::positive)) {
                continue;
            }
            List<OutcomeLabels.Example> ranked = group.stream()
                    .sorted(java.util.Comparator.comparingDouble(
                                    (OutcomeLabels.Example e) -> -e.features().score(weights, e.fromNeed()))
                            .thenComparing(OutcomeLabels.Example::answerId))
                    .toList();
            List<OutcomeLabels.Example> ideal = group.stream()
                    .sorted(java.util.Comparator.comparingInt((OutcomeLabels.Example e) -> -e.grade()))
                    .toList();
            sum += dcg(ranked) / dcg(ideal);
            queries++;
        }
        return queries == 0 ? Double.NaN : sum / queries;
    }

    private static double dcg(List<OutcomeLabels.Example> ranked) {
        double dcg = 0;
        for (int i = 0; i < ranked.size(); i++) {
            dcg += (Math.pow(2, ranked.get(i).grade()) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return dcg;
    }

    /** The features of a pair only, for tests. */
    static OutcomeLabels.Example example(PairFeatures features, boolean positive) {
        return new OutcomeLabels.Example("q", "a", null, features, true, positive ? 1 : 0, 1);
    }
}
