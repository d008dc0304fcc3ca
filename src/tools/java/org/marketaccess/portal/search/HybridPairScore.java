package org.marketaccess.portal.search;

/**
 * The pair score of decision 011 with the dense cosine mixed into its text part (decision 030):
 *
 * <pre>text = (1 − β) · lexical similarity + β · embedding cosine</pre>
 *
 * the rest unchanged (facet overlaps, requirement and region factors). Still a property of the
 * pair alone, as decision 011 requires of a score, unlike a fusion normalized over a result list.
 * Computed from the engine's score of the pair: {@code engine + 100 · text weight · β · (dense − lexical)
 * · factor}, where factor is the pair's requirement and region factor for the side asking.
 */
public final class HybridPairScore {

    private final MatchEngine engine;

    public HybridPairScore(MatchEngine engine) {
        this.engine = engine;
    }

    /** The pair's lexical text similarity (the engine's text part before its weight) and the pair's factor. */
    public double[] textAndFactor(NeedProfile need, OpportunityProfile opportunity, boolean fromNeed) {
        PairFeatures features = engine.features(need, opportunity);
        double lexical = features.text();
        ScoreWeights weights = engine.weights();
        boolean met = features.requirementsMet();
        boolean fits = features.regionFits();
        double factor = fromNeed
                ? (met ? 1 : weights.requirementWeakening()) * (fits ? 1 : weights.regionFactor())
                : (met ? 1 : weights.requirementFactor()) * (fits ? 1 : weights.regionWeakening());
        return new double[] {lexical, factor};
    }

    /** The engine's score (0–100) of a pair with text part {@code lexical}, the dense cosine mixed in at {@code beta}. */
    public static double fused(double engineScore, double lexical, double factor, double dense, double beta) {
        return engineScore + 100 * ScoreWeights.DESIGN.text() * beta * (dense - lexical) * factor;
    }
}
