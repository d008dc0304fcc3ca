package org.marketaccess.portal.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every literal translation key in the sources has an English text. */
class TranslationKeysTest {

    private static final Pattern LITERAL_KEY =
            Pattern.compile("(?:getTranslation\\(|title = |InvalidInputException\\(\"[a-zA-Z.]+\", |"
                    + "IllegalTransitionException\\()\\s*\"([a-z][a-zA-Z0-9.\\-]+)\"");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("message = \"\\{([a-z][a-zA-Z0-9.\\-]+)}\"");

    @Test
    void everyKeyUsedInTheCodeIsTranslated() throws IOException {
        Properties english = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            english.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
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
}
