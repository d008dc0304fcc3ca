package org.marketaccess.portal.taxonomy;

import java.util.Locale;
import org.marketaccess.portal.shared.Languages;

/** One entry of a taxonomy list; {@code parentCode} is set for nested regions only. */
public record Term(TaxonomyKind kind, String code, String label, String parentCode, int order) {

    /** The translation key of a term: {@code taxonomy.clinical-area.cardiology} (decision 026). */
    public static String key(TaxonomyKind kind, String code) {
        return "taxonomy." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "." + code;
    }

    /**
     * The label in {@code language}: its translation, else (a term added by a migration without one)
     * the label in the database.
     */
    public String label(Locale language) {
        String translated = Languages.find(language, key(kind, code));
        return translated == null || translated.isBlank() ? label : translated;
    }
}
