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
        assertThat(LoadFigures.Step.of(5, List.of(200L, 1_000L), 0).held()).isTrue();
        assertThat(LoadFigures.Step.of(5, List.of(200L, 1_001L), 0).held()).isFalse();
        assertThat(LoadFigures.Step.of(5, List.of(200L, 300L), 1).held())
                .as("an error")
                .isFalse();
        assertThat(LoadFigures.Step.of(5, List.of(), 0).held())
                .as("nothing shown")
                .isFalse();
    }

    @Test
    void capacityIsTheLastStepHeldBeforeTheFirstThatDidNot() {
        var held5 = LoadFigures.Step.of(5, List.of(300L), 0);
        var held10 = LoadFigures.Step.of(10, List.of(600L), 0);
        var slow20 = LoadFigures.Step.of(20, List.of(1_500L), 0);
        var held40 = LoadFigures.Step.of(40, List.of(900L), 0);
        assertThat(LoadFigures.capacity(List.of(held5, held10, slow20))).isEqualTo(10);
        // a later step that happened to hold does not count past a failure
        assertThat(LoadFigures.capacity(List.of(held5, slow20, held40))).isEqualTo(5);
        assertThat(LoadFigures.capacity(List.of(slow20))).isZero();
        assertThat(LoadFigures.capacity(List.of(held5, held10))).isEqualTo(10);
        assertThat(LoadFigures.goOn(held10)).isTrue();
        assertThat(LoadFigures.goOn(slow20)).isFalse();
    }
}
