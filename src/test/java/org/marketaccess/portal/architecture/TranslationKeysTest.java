package org.marketaccess.portal.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.Term;

/**
 * Every literal translation key in the sources has an English text, and every English text has a
 * Spanish and a Catalan one with the same placeholders (issue 15, decision 026).
 */
class TranslationKeysTest {

    private static final Pattern LITERAL_KEY =
            Pattern.compile("(?:getTranslation\\(|title = |InvalidInputException\\(\"[a-zA-Z.]+\", |"
                    + "IllegalTransitionException\\()\\s*\"([a-z][a-zA-Z0-9.\\-]+)\"");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("message = \"\\{([a-z][a-zA-Z0-9.\\-]+)}\"");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern TAXONOMY_ROW =
            Pattern.compile("\\('([A-Z_]+)', '([^']+)', '((?:[^']|'')*)', (?:null|'[^']*'), \\d+\\)");

    @Test
    void everyKeyUsedInTheCodeIsTranslated() throws IOException {
        Properties english = load("translations.properties");
        Set<String> missing = new TreeSet<>();
        Set<String> checked = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                for (Pattern pattern : new Pattern[] {LITERAL_KEY, TEMPLATE_KEY}) {
                    Matcher matcher = pattern.matcher(text);
                    while (matcher.find()) {
                        String key = matcher.group(1);
                        checked.add(key);
                        if (!key.endsWith(".") && !english.containsKey(key)) {
                            missing.add(key + " (" + source.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertThat(checked).as("keys found in the sources").hasSizeGreaterThan(100);
        assertThat(missing).as("translation keys without English text").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"es", "ca"})
    void everyEnglishTextHasATextInTheOtherLanguageWithTheSamePlaceholders(String language) throws IOException {
        Properties english = load("translations.properties");
        Properties other = load("translations_" + language + ".properties");
        Set<String> missing = new TreeSet<>();
        Set<String> blank = new TreeSet<>();
        Set<String> placeholders = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            String text = other.getProperty(key);
            if (text == null) {
                missing.add(key);
            } else if (text.isBlank()) {
                blank.add(key);
            } else if (!placeholders(text).equals(placeholders(english.getProperty(key)))) {
                placeholders.add(key + ": " + placeholders(english.getProperty(key)) + " -> " + placeholders(text));
            }
        }
        Set<String> extra = new TreeSet<>(other.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        assertThat(missing)
                .as("keys without a text in translations_" + language)
                .isEmpty();
        assertThat(blank).as("blank texts in translations_" + language).isEmpty();
        assertThat(extra)
                .as("keys in translations_" + language + " that English does not have")
                .isEmpty();
        assertThat(placeholders)
                .as("placeholders that differ from English in translations_" + language)
                .isEmpty();
    }

    /**
     * A text with a placeholder goes through {@link MessageFormat}, where a lone apostrophe starts a
     * quote and swallows the rest ("l'organització {0}" would lose "{0}"): there it is written twice.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"translations.properties", "translations_es.properties", "translations_ca.properties"})
    void anApostropheInATextWithPlaceholdersIsWrittenTwice(String file) throws IOException {
        Properties texts = load(file);
        Set<String> wrong = new TreeSet<>();
        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key);
            if (PLACEHOLDER.matcher(text).find() && text.replace("''", "").contains("'")) {
                wrong.add(key);
            } else if (!PLACEHOLDER.matcher(text).find() && text.contains("''")) {
                wrong.add(key + " (no placeholder: write one apostrophe)");
            }
        }
        assertThat(wrong).as("apostrophes MessageFormat would eat in " + file).isEmpty();
    }

    /** Each term that a migration adds has an English label under its key, so a language can translate it. */
    @Test
    void everyTaxonomyTermHasAnEnglishKey() throws IOException {
        Properties english = load("translations.properties");
        Set<String> missing = new TreeSet<>();
        int terms = 0;
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path migration : migrations.toList()) {
                Matcher row = TAXONOMY_ROW.matcher(Files.readString(migration));
                while (row.find()) {
                    terms++;
                    String key = Term.key(TaxonomyKind.valueOf(row.group(1)), row.group(2));
                    if (!english.containsKey(key)) {
                        missing.add(key + "=" + row.group(3).replace("''", "'"));
                    }
                }
            }
        }
        assertThat(terms).as("terms found in the migrations").isGreaterThan(80);
        assertThat(missing).as("taxonomy terms without an English key").isEmpty();
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = TranslationKeysTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return texts;
    }
}
