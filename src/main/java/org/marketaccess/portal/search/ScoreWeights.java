package org.marketaccess.portal.search;

/**
 * The weights of a pair score's parts: text similarity and the Dice overlaps of clinical areas,
 * categories and care settings (non-negative, summing to 1, so the score stays 0–100), and the
 * factor a missed requirement or region applies in the direction where it decides the fit. In the
 * other direction it weighs half as much ({@code (1 + f) / 2}: 0.8 there, 0.9 here, decision 006).
 * The design weights hold until enough decisions have been learned from (decision 031).
 */
public record ScoreWeights(
        double text, double clinical, double category, double setting, double requirementFactor, double regionFactor) {

    public static final ScoreWeights DESIGN = new ScoreWeights(0.55, 0.17, 0.17, 0.11, 0.8, 0.8);

    public ScoreWeights {
        for (double weight : new double[] {text, clinical, category, setting}) {
            if (!(weight >= 0 && weight <= 1)) {
                throw new IllegalArgumentException("a weight lies in [0, 1]: " + weight);
            }
        }
        if (Math.abs(text + clinical + category + setting - 1) > 1e-6) {
            throw new IllegalArgumentException("the weights add up to 1");
        }
        for (double factor : new double[] {requirementFactor, regionFactor}) {
            if (!(factor > 0 && factor <= 1)) {
                throw new IllegalArgumentException("a factor lies in (0, 1]: " + factor);
            }
        }
    }

    /** The same parts scaled to add up to 1 (negative ones taken as 0), with these factors. */
    public static ScoreWeights normalized(
            double text, double clinical, double category, double setting, double requirement, double region) {
        double[] parts = {Math.max(0, text), Math.max(0, clinical), Math.max(0, category), Math.max(0, setting)};
        double sum = parts[0] + parts[1] + parts[2] + parts[3];
        if (sum <= 0) {
            return DESIGN;
        }
        return new ScoreWeights(
                parts[0] / sum,
                parts[1] / sum,
                parts[2] / sum,
                1 - (parts[0] + parts[1] + parts[2]) / sum,
                requirement,
                region);
    }

    /** The requirement factor where requirements do not decide the fit (the need's side). */
    public double requirementWeakening() {
        return (1 + requirementFactor) / 2;
    }

    /** The region factor where regions do not decide the fit (the opportunity's side). */
    public double regionWeakening() {
        return (1 + regionFactor) / 2;
    }
}
