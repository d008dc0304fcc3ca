package org.marketaccess.portal.shared;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The portal's three languages and its texts (docs/decisions/026). English is the base file
 * ({@code vaadin-i18n/translations.properties}); Spanish and Catalan override it key by key, so a key
 * not yet translated reads in English rather than as a raw key. The JVM's own default locale never
 * takes part: a server started with {@code LANG=es_ES} still writes English to an English reader.
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SPANISH = Locale.of("es");
    public static final Locale CATALAN = Locale.of("ca");

    /** In this order: the first is the default when nothing else says which. */
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, SPANISH, CATALAN);

    public static final String BUNDLE = "vaadin-i18n/translations";

    private static final ResourceBundle.Control NO_SYSTEM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Languages() {}

    /** The supported locale of a language tag or code ({@code "ca"}, {@code "ca-ES"}), if it is one. */
    public static Optional<Locale> of(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return Optional.empty();
        }
        return of(Locale.forLanguageTag(tag.strip().replace('_', '-')));
    }

    /** The supported locale of the same language as {@code locale}, if there is one. */
    public static Optional<Locale> of(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        return SUPPORTED.stream()
                .filter(supported -> supported.getLanguage().equals(locale.getLanguage()))
                .findFirst();
    }

    /**
     * The first of the browser's languages, in the browser's order of preference, that the portal
     * speaks; English when none is. By language only: {@code es-MX} reads Spanish, {@code ca-ES} Catalan.
     */
    public static Locale firstSupported(Collection<Locale> preferred) {
        return preferred.stream()
                .map(Languages::of)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(ENGLISH);
    }

    /** The language to write to an account in: its own, else English. */
    public static Locale orEnglish(String tag) {
        return of(tag).orElse(ENGLISH);
    }

    /**
     * A long date as people of {@code locale} write it: "30 November 2026" (the portal's English has
     * always put the day first), "30 de noviembre de 2026", "30 de novembre de 2026".
     */
    public static DateTimeFormatter longDate(Locale locale) {
        Locale language = of(locale).orElse(ENGLISH);
        return language.equals(ENGLISH)
                ? DateTimeFormatter.ofPattern("d MMMM yyyy", ENGLISH)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language);
    }

    /** The text of {@code key} in {@code locale}, its placeholders filled, or null when no file has the key. */
    public static String find(Locale locale, String key, Object... args) {
        try {
            String text = bundle(locale).getString(key);
            return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
        } catch (MissingResourceException missing) {
            return null;
        }
    }

    /** The text of {@code key} in {@code locale}; a missing key reads {@code !key} so that it shows. */
    public static String text(Locale locale, String key, Object... args) {
        String text = find(locale, key, args);
        return text != null ? text : "!" + key;
    }

    public static ResourceBundle bundle(Locale locale) {
        Locale language = of(locale).orElse(ENGLISH);
        return ResourceBundle.getBundle(BUNDLE, language, Languages.class.getClassLoader(), NO_SYSTEM_FALLBACK);
    }
}
