package org.marketaccess.portal.search;

import java.util.List;

/** What the ranking knows of a pilot opportunity. */
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
        String region) {}
