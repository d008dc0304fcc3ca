package org.marketaccess.portal.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebsitesTest {

    @Test
    void anAddressTypedWithoutASchemeGetsHttps() {
        assertThat(Websites.withScheme("harborview.example")).isEqualTo("https://harborview.example");
        assertThat(Websites.withScheme("  www.harborview.example/pilots "))
                .isEqualTo("https://www.harborview.example/pilots");
    }

    @Test
    void anAddressWithASchemeOrThatIsNoAddressStaysAsTypedForTheRuleToJudge() {
        assertThat(Websites.withScheme("http://harborview.example")).isEqualTo("http://harborview.example");
        assertThat(Websites.withScheme("javascript:alert(1)")).isEqualTo("javascript:alert(1)");
        assertThat(Websites.withScheme("harborview")).isEqualTo("harborview");
        assertThat(Websites.withScheme("")).isEmpty();
        assertThat(Websites.withScheme(null)).isNull();
    }
}
