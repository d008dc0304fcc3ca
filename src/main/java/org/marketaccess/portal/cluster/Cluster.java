package org.marketaccess.portal.cluster;

import java.util.Locale;
import org.marketaccess.portal.shared.Languages;

/**
 * A cluster of the program: its code (a lowercase slug) and its name for people, as stored; {@link
 * #name(Locale)} gives it in a language ({@code cluster.name.<code>}), like taxonomy labels.
 */
public record Cluster(String code, String name) {

    public String name(Locale language) {
        String translated = Languages.find(language, "cluster.name." + code);
        return translated == null || translated.isBlank() ? name : translated;
    }
}
