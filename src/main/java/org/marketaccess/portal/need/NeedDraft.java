package org.marketaccess.portal.need;

import java.util.List;

/** What a startup writes in a need; saved as a draft, checked fully when published. */
public record NeedDraft(
        String title,
        String description,
        List<String> sought,
        List<String> categories,
        List<String> clinicalAreas,
        List<String> careSettings,
        String stage,
        List<String> certifications,
        List<String> integrations,
        List<String> regions,
        boolean anonymous) {

    public NeedDraft {
        sought = List.copyOf(sought == null ? List.of() : sought);
        categories = List.copyOf(categories == null ? List.of() : categories);
        clinicalAreas = List.copyOf(clinicalAreas == null ? List.of() : clinicalAreas);
        careSettings = List.copyOf(careSettings == null ? List.of() : careSettings);
        certifications = List.copyOf(certifications == null ? List.of() : certifications);
        integrations = List.copyOf(integrations == null ? List.of() : integrations);
        regions = List.copyOf(regions == null ? List.of() : regions);
    }
}
