package org.marketaccess.portal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.search.PairFeatures;
import org.marketaccess.portal.search.ScoreWeights;

/** The learner of decision 031 on made-up labels whose truth is known. */
class WeightLearnerTest {

    @Test
    void belowTheMinimumNothingIsLearned() {
        WeightLearner.Learned learned =
                WeightLearner.learn(labels(WeightLearner.MIN_LABELS - 1, 1), ScoreWeights.DESIGN);
        assertThat(learned.learned()).isFalse();
        assertThat(learned.weights()).isEqualTo(ScoreWeights.DESIGN);
    }

    @Test
    void whereCategoriesDecideTheirWeightRisesAndTheWeightsStayAWeighting() {
        ScoreWeights learned =
                WeightLearner.learn(labels(2000, 2), ScoreWeights.DESIGN).weights();
        assertThat(learned.category()).isGreaterThan(ScoreWeights.DESIGN.category() + 0.05);
        assertThat(learned.text()).isLessThan(ScoreWeights.DESIGN.text());
        assertThat(List.of(learned.text(), learned.clinical(), learned.category(), learned.setting()))
                .allMatch(weight -> weight >= 0);
        assertThat(learned.text() + learned.clinical() + learned.category() + learned.setting())
                .isCloseTo(1, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void fewLabelsMoveTheWeightsLessThanMany() {
        ScoreWeights few =
                WeightLearner.learn(labels(40, 3), ScoreWeights.DESIGN).weights();
        ScoreWeights many =
                WeightLearner.learn(labels(2000, 3), ScoreWeights.DESIGN).weights();
        assertThat(few.category() - ScoreWeights.DESIGN.category())
                .isLessThan(many.category() - ScoreWeights.DESIGN.category());
    }

    @Test
    void declinedPairsThatMissARequirementLowerItsFactor() {
        Random random = new Random(7);
        List<OutcomeLabels.Example> examples = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            boolean met = random.nextBoolean();
            PairFeatures features = new PairFeatures(
                    random.nextDouble(), random.nextDouble(), random.nextDouble(), random.nextDouble(), met, true);
            // whether it goes on follows the score, and hardly ever when a requirement is missed
            boolean positive = met
                    ? random.nextDouble() < features.base(ScoreWeights.DESIGN)
                    : random.nextDouble() < 0.1 * features.base(ScoreWeights.DESIGN);
            examples.add(example(features, positive, LocalDate.of(2026, 1, 1)));
        }
        ScoreWeights learned =
                WeightLearner.learn(examples, ScoreWeights.DESIGN).weights();
        assertThat(learned.requirementFactor()).isLessThan(ScoreWeights.DESIGN.requirementFactor());
        assertThat(learned.regionFactor()).isEqualTo(ScoreWeights.DESIGN.regionFactor());
    }

    @Test
    void theSameLabelsGiveTheSameWeights() {
        assertThat(WeightLearner.learn(labels(300, 4), ScoreWeights.DESIGN))
                .isEqualTo(WeightLearner.learn(labels(300, 4), ScoreWeights.DESIGN));
    }

    @Test
    void theReplayLearnsOnTheEarlierMonthsAndMeasuresOnTheLaterOnes() {
        List<OutcomeLabels.Example> examples = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            examples.add(example(new PairFeatures(0.5, 0, 0, 0, true, true), true, LocalDate.of(2026, month, 10)));
        }
        Replay replay = Replay.split(examples);
        assertThat(replay.trainMonths()).hasSize(8);
        assertThat(replay.testMonths()).hasSize(4);
        assertThat(replay.train()).hasSize(8).allMatch(e -> e.decidedAt().getMonthValue() <= 8);
        assertThat(replay.test()).hasSize(4).allMatch(e -> e.decidedAt().getMonthValue() > 8);
    }

    /** Labels where the category overlap decides whether a pair goes on and the text says nothing. */
    private static List<OutcomeLabels.Example> labels(int count, long seed) {
        Random random = new Random(seed);
        List<OutcomeLabels.Example> examples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double category = random.nextDouble();
            PairFeatures features = new PairFeatures(
                    random.nextDouble(), random.nextDouble() * 0.3, category, random.nextDouble() * 0.3, true, true);
            boolean positive = random.nextDouble() < category * category;
            examples.add(example(features, positive, LocalDate.of(2026, 1 + i % 12, 1)));
        }
        return examples;
    }

    private static OutcomeLabels.Example example(PairFeatures features, boolean positive, LocalDate decided) {
        return new OutcomeLabels.Example("q" + decided, "a", decided, features, true, positive ? 1 : 0, 1);
    }
}
