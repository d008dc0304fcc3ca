package org.marketaccess.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void refusesPasswordsShorterThanTwelveCharacters() {
        assertThat(PasswordPolicy.problem("short")).contains("password.too-short");
        assertThat(PasswordPolicy.problem("elevenchars")).contains("password.too-short");
    }

    @Test
    void acceptsTwelveCharactersWithoutAnyCompositionRule() {
        assertThat(PasswordPolicy.problem("aaaaaaaaaaaa")).isEmpty();
        assertThat(PasswordPolicy.problem("correct horse battery staple")).isEmpty();
    }

    @Test
    void allowsAtLeastSixtyFourAndAtMostOneHundredTwentyEightCharacters() {
        assertThat(PasswordPolicy.problem("x".repeat(64))).isEmpty();
        assertThat(PasswordPolicy.problem("x".repeat(128))).isEmpty();
        assertThat(PasswordPolicy.problem("x".repeat(129))).contains("password.too-long");
    }

    @Test
    void countsEmojiAndOtherScriptsAsOneCharacterEach() {
        assertThat(PasswordPolicy.problem("🔒".repeat(12))).isEmpty();
        assertThat(PasswordPolicy.problem("🔒".repeat(11))).contains("password.too-short");
        assertThat(PasswordPolicy.problem("كلمة مرور طويلة")).isEmpty();
    }

    @Test
    void refusesTheMostCommonPasswordsWhateverTheirCase() {
        assertThat(PasswordPolicy.problem("password1234")).contains("password.common");
        assertThat(PasswordPolicy.problem("qwertyuiop12")).contains("password.common");
        assertThat(PasswordPolicy.problem("QwertyUiop123")).contains("password.common");
        assertThat(PasswordPolicy.problem("1q2w3e4r5t6y")).contains("password.common");
    }

    @Test
    void theDemoAndTestPasswordsAreNotOnTheList() {
        assertThat(PasswordPolicy.problem("market-access-demo")).isEmpty();
        assertThat(PasswordPolicy.problem("a long enough passphrase")).isEmpty();
        assertThat(PasswordPolicy.problem("listen to the night watch")).isEmpty();
    }

    @Test
    void refusesEmptyAndBlankPasswords() {
        assertThat(PasswordPolicy.problem(null)).contains("password.required");
        assertThat(PasswordPolicy.problem("")).contains("password.required");
        assertThat(PasswordPolicy.problem(" ".repeat(20))).contains("password.blank");
    }
}
