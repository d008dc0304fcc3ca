package org.marketaccess.portal.search;

import java.util.List;
import org.marketaccess.portal.posting.PostingLanguage;

/**
 * What the ranking knows of a need; {@code language} null when not known (detected).
 */
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
        List<String> regions,
        PostingLanguage language) {

    /** A posting whose language is not known: it is detected from the text. */
    public NeedProfile(
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
            List<String> regions) {
        this(
                id,
                organizationId,
                title,
                description,
                sought,
                categories,
                clinicalAreas,
                careSettings,
                stage,
                certifications,
                integrations,
                regions,
                null);
    }
}
