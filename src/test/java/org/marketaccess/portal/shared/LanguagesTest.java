package org.marketaccess.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void theBrowsersFirstLanguageThatThePortalSpeaksWinsByLanguageNotByCountry() {
        assertThat(Languages.firstSupported(List.of(Locale.forLanguageTag("ca-ES"), Locale.ENGLISH)))
                .isEqualTo(Languages.CATALAN);
        // Vaadin's own choice would take the exact match "en" before the language match "es"
        assertThat(Languages.firstSupported(List.of(Locale.forLanguageTag("es-MX"), Locale.ENGLISH)))
                .isEqualTo(Languages.SPANISH);
        assertThat(Languages.firstSupported(List.of(Locale.GERMAN, Locale.FRENCH)))
                .isEqualTo(Languages.ENGLISH);
        assertThat(Languages.firstSupported(List.of())).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void onlyTheThreeLanguagesAreTakenFromACodeOrACookie() {
        assertThat(Languages.of("ca")).contains(Languages.CATALAN);
        assertThat(Languages.of("es_ES")).contains(Languages.SPANISH);
        assertThat(Languages.of("de")).isEmpty();
        assertThat(Languages.of("")).isEmpty();
        assertThat(Languages.of((String) null)).isEmpty();
        assertThat(Languages.of("x".repeat(100))).isEmpty();
        assertThat(Languages.orEnglish(null)).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void aTextIsInTheAskedLanguageAndTheJvmsDefaultLocaleNeverStandsIn() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Languages.SPANISH);
            assertThat(Languages.text(Languages.ENGLISH, "nav.home")).isEqualTo("Home");
            assertThat(Languages.text(Locale.GERMAN, "nav.home")).isEqualTo("Home");
        } finally {
            Locale.setDefault(before);
        }
        assertThat(Languages.text(Languages.SPANISH, "nav.home")).isEqualTo("Inicio");
        assertThat(Languages.text(Languages.CATALAN, "home.welcome", "Anna")).isEqualTo("Us donem la benvinguda, Anna");
        assertThat(Languages.find(Languages.CATALAN, "no.such.key")).isNull();
        assertThat(Languages.text(Languages.CATALAN, "no.such.key")).isEqualTo("!no.such.key");
    }

    @Test
    void longDatesAreWrittenAsEachLanguageWritesThem() {
        LocalDate day = LocalDate.of(2026, 10, 1);
        assertThat(Languages.longDate(Languages.ENGLISH).format(day)).isEqualTo("1 October 2026");
        assertThat(Languages.longDate(Languages.SPANISH).format(day)).isEqualTo("1 de octubre de 2026");
        assertThat(Languages.longDate(Languages.CATALAN).format(day)).isEqualTo("1 d’octubre del 2026");
    }
}
