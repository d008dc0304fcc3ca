package org.marketaccess.portal.search;

import java.util.List;

/**
 * Why a need and an opportunity match, in facts a person can check: what they share, what is
 * missing, and where their texts meet. Reasons are codes and words, never markup: the UI renders
 * them as text.
 */
public record MatchExplanation(
        List<String> sharedClinicalAreas,
        List<String> sharedCategories,
        List<String> sharedCareSettings,
        boolean regionFits,
        String opportunityRegion,
        List<Missing> missing,
        List<String> matchingWords,
        List<Segment> opportunitySnippet,
        List<Segment> needSnippet) {

    /** Something the opportunity requires that the need does not offer. */
    public record Missing(Kind kind, String code, String needHas) {

        public enum Kind {
            CERTIFICATION,
            INTEGRATION,
            STAGE,
            REGION
        }
    }

    /** A piece of a text; {@code match} marks the words both texts share (by meaning). */
    public record Segment(String text, boolean match) {}
}
