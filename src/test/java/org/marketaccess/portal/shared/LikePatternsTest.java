package org.marketaccess.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternsTest {

    @Test
    void blankInputMeansNoFilter() {
        assertThat(LikePatterns.contains(null)).isEmpty();
        assertThat(LikePatterns.contains("   ")).isEmpty();
    }

    @Test
    void wildcardsTypedByAPersonAreTakenLiterally() {
        assertThat(LikePatterns.contains("100%_sure\\")).isEqualTo("%100\\%\\_sure\\\\%");
    }

    @Test
    void matchingIsCaseInsensitive() {
        assertThat(LikePatterns.contains(" Harbor ")).isEqualTo("%harbor%");
    }
}
