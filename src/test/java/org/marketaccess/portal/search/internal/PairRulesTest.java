package org.marketaccess.portal.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PairRulesTest {

    @Test
    void requirementsAreMetWhenEveryRequiredCodeIsOfferedAtTheStageOrLater() {
        assertThat(PairRules.requirementsMet(Set.of("fda"), Set.of("fda", "ce"), Set.of(), Set.of(), 2, 3))
                .isTrue();
        assertThat(PairRules.requirementsMet(Set.of("fda", "ce"), Set.of("fda"), Set.of(), Set.of(), 0, 0))
                .isFalse();
        assertThat(PairRules.requirementsMet(Set.of(), Set.of(), Set.of("fhir"), Set.of("hl7"), 0, 0))
                .isFalse();
        assertThat(PairRules.requirementsMet(Set.of(), Set.of(), Set.of(), Set.of(), 3, 2))
                .as("an earlier stage than required")
                .isFalse();
    }

    @Test
    void missingKeepsTheRequiredOrder() {
        assertThat(PairRules.missing(List.of("c", "a", "b"), Set.of("a"))).containsExactly("c", "b");
    }

    @Test
    void aRegionFitsWhenTheScopesOverlapOrOneSideHasNone() {
        assertThat(PairRules.regionFits(Set.of("us"), List.of("us-ma", "us"))).isTrue();
        assertThat(PairRules.regionFits(Set.of("es"), List.of("us-ma", "us"))).isFalse();
        assertThat(PairRules.regionFits(Set.of(), List.of("us-ma", "us"))).isTrue();
        assertThat(PairRules.regionFits(Set.of("es"), List.of())).isTrue();
    }

    @Test
    void diceIsOneForEqualSetsAndZeroForNone() {
        assertThat(PairMatcher.dice(1, 2, 2)).isEqualTo(0.5);
        assertThat(PairMatcher.dice(2, 2, 2)).isEqualTo(1.0);
        assertThat(PairMatcher.dice(0, 0, 1)).isZero();
    }
}
