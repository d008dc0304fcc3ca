package org.marketaccess.portal.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.search.RankedMatch;

/** The capacity factor of decision 031: free up to an allowance, then smoothly lower, never out. */
class CapacityRuleTest {

    private final CapacityRule rule = CapacityRule.DEFAULT;

    @Test
    void upToTheAllowanceNothingChanges() {
        for (int waiting = 0; waiting <= rule.free(); waiting++) {
            assertThat(rule.factor(waiting)).isEqualTo(1);
            assertThat(rule.lowers(waiting)).isFalse();
        }
    }

    @Test
    void beyondItTheFactorFallsSmoothlyAndStopsAtTheFloor() {
        double previous = 1;
        for (int waiting = rule.free() + 1; waiting < 200; waiting++) {
            double factor = rule.factor(waiting);
            assertThat(factor).isLessThanOrEqualTo(previous).isGreaterThanOrEqualTo(rule.floor());
            // smooth: one more waiting request never costs more than a tenth
            assertThat(previous - factor).isLessThan(0.1);
            previous = factor;
        }
        assertThat(rule.factor(rule.free() + 5)).isCloseTo(1 / Math.sqrt(2), within(1e-9));
        assertThat(rule.factor(1000)).isEqualTo(rule.floor());
    }

    @Test
    void aBusyProviderMovesDownButStaysInTheList() {
        List<RankedMatch> ranked =
                List.of(new RankedMatch("busy", 80), new RankedMatch("free", 70), new RankedMatch("weak", 20));
        List<RankedMatch> reordered = rule.reorder(ranked, Map.of("busy", 20));
        assertThat(reordered).extracting(RankedMatch::id).containsExactly("free", "busy", "weak");
        assertThat(reordered)
                .as("the scores shown stay the pairs' own")
                .extracting(RankedMatch::score)
                .containsExactly(70.0, 80.0, 20.0);
    }

    @Test
    void withNobodyWaitingOrEqualLoadsTheEnginesOrderStays() {
        List<RankedMatch> ranked =
                List.of(new RankedMatch("a", 50), new RankedMatch("b", 50), new RankedMatch("c", 40));
        assertThat(rule.reorder(ranked, Map.of())).isEqualTo(ranked);
        assertThat(rule.reorder(ranked, Map.of("a", 2, "b", 1))).isEqualTo(ranked);
    }
}
