package org.marketaccess.portal.opportunity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.marketaccess.portal.posting.PostingChecks.Complete;
import org.marketaccess.portal.shared.PlainText;

/**
 * What a provider writes in a pilot opportunity; saved as a draft, checked fully ({@link Complete})
 * when published. The service also checks each code against its taxonomy and the deadline against
 * today.
 */
public record OpportunityDraft(
        @NotBlank(message = "{opportunity.title.required}")
        @Size(max = OpportunityService.TITLE_MAX, message = "{opportunity.title.too-long}")
        @PlainText
        String title,

        @NotBlank(groups = Complete.class, message = "{opportunity.problemStatement.required}")
        @Size(max = OpportunityService.PROBLEM_MAX, message = "{opportunity.problemStatement.too-long}")
        @PlainText(multiLine = true)
        String problemStatement,

        @Size(max = OpportunityService.OUTCOMES_MAX, message = "{opportunity.desiredOutcomes.too-long}")
        @PlainText(multiLine = true)
        String desiredOutcomes,

        @NotEmpty(groups = Complete.class, message = "{posting.choose-at-least-one}")
        List<String> categories,

        @NotEmpty(groups = Complete.class, message = "{posting.choose-at-least-one}")
        List<String> clinicalAreas,

        @NotEmpty(groups = Complete.class, message = "{posting.choose-at-least-one}")
        List<String> careSettings,

        List<String> requiredCertifications,
        List<String> requiredIntegrations,
        @PlainText String minimumStage,

        @NotBlank(groups = Complete.class, message = "{posting.choose-one}") @PlainText
        String region,

        @PlainText String budgetBand,

        @Size(max = OpportunityService.TIMELINE_MAX, message = "{opportunity.timeline.too-long}") @PlainText
        String timeline,

        LocalDate responseDeadline,
        boolean anonymous,

        /** Kept inside the organization's cluster; otherwise shared with its partner clusters (decision 028). */
        boolean keptInCluster,

        /** en, es or ca as chosen in the editor; null to detect it from the text (decision 027). */
        @Pattern(regexp = "en|es|ca", message = "{posting.language.unknown}")
        String language) {
    // The only constructor: Vaadin's Binder.writeRecord builds a record with getDeclaredConstructors()[0],
    // whose order the JVM does not promise, so a second constructor could be picked instead.
    public OpportunityDraft {
        categories = List.copyOf(categories == null ? List.of() : categories);
        clinicalAreas = List.copyOf(clinicalAreas == null ? List.of() : clinicalAreas);
        careSettings = List.copyOf(careSettings == null ? List.of() : careSettings);
        requiredCertifications = List.copyOf(requiredCertifications == null ? List.of() : requiredCertifications);
        requiredIntegrations = List.copyOf(requiredIntegrations == null ? List.of() : requiredIntegrations);
    }
}
