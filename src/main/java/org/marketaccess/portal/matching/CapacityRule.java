package org.marketaccess.portal.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.marketaccess.portal.search.RankedMatch;

/**
 * Capacity-aware ranking (decision 031): an opportunity whose provider already has many requests
 * waiting for its answer is ranked lower in a need's list, never hidden, so that introductions
 * spread over providers who can still answer (as LinkedIn spreads job applications, and as Su and
 * Joachims rank for two-sided matching markets). Up to {@code free} waiting requests cost nothing;
 * beyond them the ranking score is multiplied by {@code 1 / sqrt(1 + (waiting - free) / scale)},
 * smoothly, never below {@code floor}. Only the order changes: the score shown stays the pair's
 * own (decision 011).
 */
public record CapacityRule(int free, double scale, double floor) {

    public static final CapacityRule DEFAULT = new CapacityRule(3, 5, 0.5);

    public CapacityRule {
        if (free < 0 || scale <= 0 || floor <= 0 || floor > 1) {
            throw new IllegalArgumentException("free >= 0, scale > 0, 0 < floor <= 1");
        }
    }

    /** The factor on a ranking score for a provider with {@code waiting} requests awaiting its answer. */
    public double factor(int waiting) {
        if (waiting <= free) {
            return 1;
        }
        return Math.max(floor, 1 / Math.sqrt(1 + (waiting - free) / scale));
    }

    /**
     * The matches in capacity-aware order: by score times the factor of the waiting requests of each
     * one's provider ({@code waiting}: match id to count), ties in the given order. Nothing is left out.
     */
    public List<RankedMatch> reorder(List<RankedMatch> matches, Map<String, Integer> waiting) {
        if (waiting.isEmpty()) {
            return matches;
        }
        List<RankedMatch> ordered = new ArrayList<>(matches);
        // List.sort is stable: equal adjusted scores keep the engine's order
        ordered.sort(Comparator.comparingDouble(
                (RankedMatch match) -> -match.score() * factor(waiting.getOrDefault(match.id(), 0))));
        return ordered;
    }

    /** Whether {@code waiting} requests lower a provider's place at all. */
    public boolean lowers(int waiting) {
        return factor(waiting) < 1;
    }
}
