package org.marketaccess.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LoadFiguresTest {

    @Test
    void percentilesAreNearestRankAndMeasuredValues() {
        List<Long> hundred = LongStream.rangeClosed(1, 100).boxed().toList();
        assertThat(LoadFigures.percentile(hundred, 50)).isEqualTo(50);
        assertThat(LoadFigures.percentile(hundred, 95)).isEqualTo(95);
        assertThat(LoadFigures.percentile(hundred, 100)).isEqualTo(100);
        // unsorted input, few values: p95 of 3 values is the largest, p50 the middle one
        assertThat(LoadFigures.percentile(List.of(900L, 100L, 300L), 95)).isEqualTo(900);
        assertThat(LoadFigures.percentile(List.of(900L, 100L, 300L), 50)).isEqualTo(300);
        assertThat(LoadFigures.percentile(List.of(7L), 95)).isEqualTo(7);
        assertThat(LoadFigures.percentile(List.of(), 95)).isZero();
        assertThatThrownBy(() -> LoadFigures.percentile(hundred, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStepHoldsAtOneSecondAtP95WithoutErrors() {
        assertThat(step(5, List.of(200L, 1_000L), 0).held()).isTrue();
        assertThat(step(5, List.of(200L, 1_001L), 0).held()).isFalse();
        assertThat(step(5, List.of(200L, 300L), 1).held()).as("an error").isFalse();
        assertThat(step(5, List.of(), 0).held()).as("nothing shown").isFalse();
    }

    @Test
    void theViewsMayHoldWhenThePageLoadsDoNot() {
        var step = LoadFigures.Step.of(5, List.of(300L, 2_000L), List.of(300L), 0);
        assertThat(step.p95Ms()).isEqualTo(2_000);
        assertThat(step.viewsP95Ms()).isEqualTo(300);
        assertThat(step.held()).isFalse();
        assertThat(step.viewsHeld()).isTrue();
        assertThat(LoadFigures.Step.of(5, List.of(300L), List.of(300L), 1).viewsHeld())
                .as("an error")
                .isFalse();
    }

    @Test
    void capacityIsTheLastStepHeldBeforeTheFirstThatDidNot() {
        var held5 = step(5, List.of(300L), 0);
        var held10 = step(10, List.of(600L), 0);
        var slow20 = step(20, List.of(1_500L), 0);
        var held40 = step(40, List.of(900L), 0);
        assertThat(LoadFigures.capacity(List.of(held5, held10, slow20), LoadFigures.Step::held))
                .isEqualTo(10);
        // a later step that happened to hold does not count past a failure
        assertThat(LoadFigures.capacity(List.of(held5, slow20, held40), LoadFigures.Step::held))
                .isEqualTo(5);
        assertThat(LoadFigures.capacity(List.of(slow20), LoadFigures.Step::held))
                .isZero();
        assertThat(LoadFigures.capacity(List.of(held5, held10), LoadFigures.Step::held))
                .isEqualTo(10);
        // the search goes on while the views hold, so the stricter capacity is found on the way
        var loadsSlow = LoadFigures.Step.of(10, List.of(300L, 2_000L), List.of(300L), 0);
        assertThat(LoadFigures.goOn(loadsSlow)).isTrue();
        assertThat(LoadFigures.capacity(List.of(held5, loadsSlow), LoadFigures.Step::held))
                .isEqualTo(5);
        assertThat(LoadFigures.capacity(List.of(held5, loadsSlow), LoadFigures.Step::viewsHeld))
                .isEqualTo(10);
        assertThat(LoadFigures.goOn(slow20)).isFalse();
    }

    /** A step whose pages are all views inside the portal. */
    private static LoadFigures.Step step(int users, List<Long> latencies, int errors) {
        return LoadFigures.Step.of(users, latencies, latencies, errors);
    }
}
