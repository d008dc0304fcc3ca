package org.marketaccess.portal.search;

import org.marketaccess.portal.search.internal.TextSimilarity;

/**
 * The pair score of decision 011 with the dense cosine mixed into its text part (decision 030):
 *
 * <pre>text = (1 − β) · term-vector cosine + β · embedding cosine</pre>
 *
 * the rest unchanged (facet overlaps, requirement and region factors). Still a property of the
 * pair alone, as decision 011 requires of a score, unlike a fusion normalized over a result list.
 * Computed from the engine's score of the pair: {@code engine + 100 · TEXT · β · (dense − lexical)
 * · factor}, where factor is the pair's requirement and region factor for the side asking.
 */
public final class HybridPairScore {

    private final MatchEngine engine;
    private final TextSimilarity text = new TextSimilarity();

    public HybridPairScore(MatchEngine engine) {
        this.engine = engine;
    }

    /** The term-vector cosine of the pair (the engine's text part before its weight) and the pair's factor. */
    public double[] textAndFactor(NeedProfile need, OpportunityProfile opportunity, boolean fromNeed) {
        double lexical = text.of(
                need.language(),
                need.title(),
                need.description(),
                opportunity.language(),
                opportunity.title(),
                MatchEngine.join(opportunity.description(), opportunity.desiredOutcomes()));
        boolean met = engine.requirementsMet(need, opportunity);
        boolean fits = engine.regionFits(need, opportunity);
        double factor = fromNeed
                ? (met ? 1 : MatchEngine.WEAKENING) * (fits ? 1 : MatchEngine.DECISIVE)
                : (met ? 1 : MatchEngine.DECISIVE) * (fits ? 1 : MatchEngine.WEAKENING);
        return new double[] {lexical, factor};
    }

    /** The engine's score (0–100) of a pair with text part {@code lexical}, the dense cosine mixed in at {@code beta}. */
    public static double fused(double engineScore, double lexical, double factor, double dense, double beta) {
        return engineScore + 100 * MatchEngine.TEXT * beta * (dense - lexical) * factor;
    }
}
