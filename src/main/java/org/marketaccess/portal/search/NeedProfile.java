package org.marketaccess.portal.search;

import java.util.List;

/** What the ranking knows of a need. */
public record NeedProfile(
        String id,
        String organizationId,
        String title,
        String description,
        List<String> sought,
        List<String> categories,
        List<String> clinicalAreas,
        List<String> careSettings,
        String stage,
        List<String> certifications,
        List<String> integrations,
        List<String> regions) {}
