package org.marketaccess.portal.matching;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A history replay (decision 031): the earlier months of decisions to learn on, the later ones to
 * measure on. Two thirds of the months (rounded) train, the rest test.
 */
public record Replay(
        List<YearMonth> trainMonths,
        List<YearMonth> testMonths,
        List<OutcomeLabels.Example> train,
        List<OutcomeLabels.Example> test) {

    /** The split of labelled examples by the month they were decided in; empty test when under two months. */
    public static Replay split(List<OutcomeLabels.Example> examples) {
        List<YearMonth> months = examples.stream()
                .map(OutcomeLabels.Example::decidedAt)
                .filter(Objects::nonNull)
                .map(YearMonth::from)
                .distinct()
                .sorted()
                .toList();
        if (months.size() < 2) {
            return new Replay(months, List.of(), examples, List.of());
        }
        int trainCount = Math.max(1, Math.min(months.size() - 1, (int) Math.round(months.size() * 2 / 3.0)));
        YearMonth firstTest = months.get(trainCount);
        return new Replay(
                months.subList(0, trainCount),
                months.subList(trainCount, months.size()),
                examples.stream()
                        .filter(e -> e.decidedAt() != null
                                && YearMonth.from(e.decidedAt()).isBefore(firstTest))
                        .toList(),
                examples.stream()
                        .filter(e -> e.decidedAt() != null
                                && !YearMonth.from(e.decidedAt()).isBefore(firstTest))
                        .toList());
    }
}
