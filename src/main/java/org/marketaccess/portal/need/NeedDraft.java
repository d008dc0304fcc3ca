package org.marketaccess.portal.need;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.marketaccess.portal.posting.PostingChecks.Complete;
import org.marketaccess.portal.shared.PlainText;

/**
 * What a startup writes in a need; saved as a draft, checked fully ({@link Complete}) when published.
 * The service also checks that each code is in its taxonomy.
 */
public record NeedDraft(
        @NotBlank(message = "{need.title.required}")
        @Size(max = NeedService.TITLE_MAX, message = "{need.title.too-long}")
        @PlainText
        String title,

        @NotBlank(groups = Complete.class, message = "{need.description.required}")
        @Size(max = NeedService.DESCRIPTION_MAX, message = "{need.description.too-long}")
        @PlainText(multiLine = true)
        String description,

        @NotEmpty(groups = Complete.class, message = "{posting.choose-at-least-one}")
        List<String> sought,

        @NotEmpty(groups = Complete.class, message = "{posting.choose-at-least-one}")
        List<String> categories,

        @NotEmpty(groups = Complete.class, message = "{posting.choose-at-least-one}")
        List<String> clinicalAreas,

        @NotEmpty(groups = Complete.class, message = "{posting.choose-at-least-one}")
        List<String> careSettings,

        @NotBlank(groups = Complete.class, message = "{posting.choose-one}") @PlainText
        String stage,

        List<String> certifications,
        List<String> integrations,

        @NotEmpty(groups = Complete.class, message = "{posting.choose-at-least-one}")
        List<String> regions,

        boolean anonymous,

        /** Kept inside the organization's cluster; otherwise shared with its partner clusters (decision 028). */
        boolean keptInCluster,

        /** en, es or ca as chosen in the editor; null to detect it from the text (decision 027). */
        @Pattern(regexp = "en|es|ca", message = "{posting.language.unknown}")
        String language) {
    // The only constructor: Vaadin's Binder.writeRecord builds a record with getDeclaredConstructors()[0],
    // whose order the JVM does not promise, so a second constructor could be picked instead.
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
