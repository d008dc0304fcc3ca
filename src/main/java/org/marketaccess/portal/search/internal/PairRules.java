package org.marketaccess.portal.search.internal;

import java.util.Collection;
import java.util.List;

/**
 * The hard rules of a need–opportunity pair, written once: ranking applies them to a segment's
 * doc-value ordinals, explanations to taxonomy codes. The opportunity requires, the need offers.
 */
public final class PairRules {

    private PairRules() {}

    /** What is required and not offered, in the order required. */
    public static <T> List<T> missing(Collection<T> required, Collection<T> offered) {
        return required.stream().filter(code -> !offered.contains(code)).toList();
    }

    /** The need has reached the stage the opportunity asks for (ranks: later stages are higher). */
    public static boolean stageReached(int offeredStage, int requiredStage) {
        return offeredStage >= requiredStage;
    }

    /** The need holds every certification and integration the opportunity requires, at its stage or later. */
    public static <T> boolean requirementsMet(
            Collection<T> requiredCertifications,
            Collection<T> offeredCertifications,
            Collection<T> requiredIntegrations,
            Collection<T> offeredIntegrations,
            int requiredStage,
            int offeredStage) {
        return offeredCertifications.containsAll(requiredCertifications)
                && offeredIntegrations.containsAll(requiredIntegrations)
                && stageReached(offeredStage, requiredStage);
    }

    /**
     * The opportunity lies in one of the regions the need is open to. Regions nest, so the
     * opportunity's side is its region with every region enclosing it; a side with no region fits
     * anywhere.
     */
    public static <T> boolean regionFits(Collection<T> needRegions, Collection<T> opportunityScope) {
        if (needRegions.isEmpty() || opportunityScope.isEmpty()) {
            return true;
        }
        return opportunityScope.stream().anyMatch(needRegions::contains);
    }
}
