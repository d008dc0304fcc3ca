package org.marketaccess.portal.search;

import java.util.List;
import org.marketaccess.portal.posting.PostingLanguage;

/**
 * What the ranking knows of a pilot opportunity; {@code language} null when not known (detected).
 */
public record OpportunityProfile(
        String id,
        String organizationId,
        String title,
        String description,
        String desiredOutcomes,
        List<String> categories,
        List<String> clinicalAreas,
        List<String> careSettings,
        List<String> requiredCertifications,
        List<String> requiredIntegrations,
        String minimumStage,
        String region,
        PostingLanguage language) {

    /** A posting whose language is not known: it is detected from the text. */
    public OpportunityProfile(
            String id,
            String organizationId,
            String title,
            String description,
            String desiredOutcomes,
            List<String> categories,
            List<String> clinicalAreas,
            List<String> careSettings,
            List<String> requiredCertifications,
            List<String> requiredIntegrations,
            String minimumStage,
            String region) {
        this(
                id,
                organizationId,
                title,
                description,
                desiredOutcomes,
                categories,
                clinicalAreas,
                careSettings,
                requiredCertifications,
                requiredIntegrations,
                minimumStage,
                region,
                null);
    }
}
