package org.marketaccess.portal.search;

/**
 * What a pair's score is made of, before weighting: the two postings' text similarity (0–1), the
 * Dice overlaps of their clinical areas, categories and care settings, and whether the need meets
 * the opportunity's requirements and the opportunity lies in the need's regions. The learner of
 * decision 031 weighs these; {@link #score} is the engine's formula for one pair.
 */
public record PairFeatures(
        double text, double clinical, double category, double setting, boolean requirementsMet, boolean regionFits) {

    /** Score 0–1 before the factors. */
    public double base(ScoreWeights weights) {
        return weights.text() * text
                + weights.clinical() * clinical
                + weights.category() * category
                + weights.setting() * setting;
    }

    /** The score 0–1 as the need's side ({@code fromNeed}) or the opportunity's side sees it. */
    public double score(ScoreWeights weights, boolean fromNeed) {
        double requirement =
                requirementsMet ? 1 : fromNeed ? weights.requirementWeakening() : weights.requirementFactor();
        double region = regionFits ? 1 : fromNeed ? weights.regionFactor() : weights.regionWeakening();
        return base(weights) * requirement * region;
    }

    /** Dice overlap of two code lists: 1 when equal, 0 when disjoint or one is empty. */
    public static double dice(java.util.Collection<String> a, java.util.Collection<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        java.util.Set<String> left = java.util.Set.copyOf(a);
        java.util.Set<String> right = java.util.Set.copyOf(b);
        long shared = left.stream().filter(right::contains).count();
        return 2.0 * shared / (left.size() + right.size());
    }
}
