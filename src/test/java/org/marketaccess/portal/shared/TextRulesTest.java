package org.marketaccess.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextRulesTest {

    @ParameterizedTest
    @CsvSource({
        "0000, text.control-characters",
        "0007, text.control-characters",
        "0085, text.control-characters",
        "2028, text.control-characters",
        "202A, text.bidi-controls",
        "202E, text.bidi-controls",
        "2066, text.bidi-controls",
        "2069, text.bidi-controls",
        "200B, text.invisible-characters",
        "2060, text.invisible-characters",
        "FEFF, text.invisible-characters",
        "00AD, text.invisible-characters",
        "3164, text.invisible-characters",
        "D800, text.broken-characters",
        "DC00, text.broken-characters",
        "FFFF, text.broken-characters"
    })
    void refusesEachKindWithItsOwnKey(String hex, String key) {
        String text = "ab" + (char) Integer.parseInt(hex, 16) + "cd";
        assertThat(TextRules.problem(text, true)).contains(key);
        assertThat(TextRules.problem(text, false)).contains(key);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script> ' OR 1=1 -- title:(a AND b*)",
                "👩\u200D⚕\uFE0F 🏳\uFE0F\u200D🌈 👍🏽",
                "שלום\u200F 123 مرحبا\u061C",
                "क्\u200Dष नमस्ते",
                "می\u200Cخواهم",
                "Ωmega café № ½"
            })
    void keepsWhatPeopleWrite(String text) {
        assertThat(TextRules.problem(text, false)).isEmpty();
    }

    @Test
    void aJoinerMustStandBetweenTwoVisibleCharacters() {
        assertThat(TextRules.problem("\u200Dabc", false)).contains(TextRules.INVISIBLE_CHARACTERS);
        assertThat(TextRules.problem("abc\u200D", false)).contains(TextRules.INVISIBLE_CHARACTERS);
        assertThat(TextRules.problem("a\u200D\u200Db", false)).contains(TextRules.INVISIBLE_CHARACTERS);
        assertThat(TextRules.problem("a \u200Cb", false)).contains(TextRules.INVISIBLE_CHARACTERS);
    }

    @Test
    void lineBreaksAndTabsOnlyInMultiLineText() {
        assertThat(TextRules.problem("a\r\nb\tc", true)).isEmpty();
        assertThat(TextRules.problem("a\nb", false)).contains(TextRules.LINE_BREAKS);
        assertThat(TextRules.problem("a\tb", false)).contains(TextRules.CONTROL_CHARACTERS);
    }

    @Test
    void cleanNormalizesToNfcAndSearchableDropsWhatTheRuleRefuses() {
        assertThat(TextRules.clean("  Cafe\u0301 ")).isEqualTo("Caf\u00E9");
        assertThat(TextRules.normalize("a\uD800e\u0301")).isEqualTo("a\uD800e\u0301");
        assertThat(TextRules.searchable("ca\u0000fe\u200B\u202E\nbar")).isEqualTo("cafe bar");
    }
}
