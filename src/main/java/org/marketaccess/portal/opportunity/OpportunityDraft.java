package org.marketaccess.portal.opportunity;

import java.time.LocalDate;
import java.util.List;

/** What a provider writes in a pilot opportunity; saved as a draft, checked fully when published. */
public record OpportunityDraft(
        String title,
        String problemStatement,
        String desiredOutcomes,
        List<String> categories,
        List<String> clinicalAreas,
        List<String> careSettings,
        List<String> requiredCertifications,
        List<String> requiredIntegrations,
        String minimumStage,
        String region,
        String budgetBand,
        String timeline,
        LocalDate responseDeadline,
        boolean anonymous) {

    public OpportunityDraft {
        categories = List.copyOf(categories == null ? List.of() : categories);
        clinicalAreas = List.copyOf(clinicalAreas == null ? List.of() : clinicalAreas);
        careSettings = List.copyOf(careSettings == null ? List.of() : careSettings);
        requiredCertifications = List.copyOf(requiredCertifications == null ? List.of() : requiredCertifications);
        requiredIntegrations = List.copyOf(requiredIntegrations == null ? List.of() : requiredIntegrations);
    }
}
