package org.marketaccess.portal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ranking on the public labelled set: above the targets and above the plain baseline of the same
 * run; on the classic BEIR collections beside it (CISI, Cranfield), at least 3 % above the baseline
 * (decision 029).
 */
class RankingEvaluationIT {

    static final Path PUBLIC = Path.of(System.getenv().getOrDefault("PORTAL_EVAL_PUBLIC", "../shared/eval/public"));

    @Test
    void rankingBeatsTheTargetAndThePlainBaselineInBothDirections() {
        assertThat(PUBLIC.resolve("qrels"))
                .as("the public evaluation set beside the clone")
                .exists();
        List<RankingEvaluation.Result> results = RankingEvaluation.evaluate(PUBLIC);
        assertThat(results)
                .extracting(RankingEvaluation.Result::direction)
                .containsExactly("needs-to-opportunities", "opportunities-to-needs");
        for (RankingEvaluation.Result result : results) {
            System.out.println(result.resultLine());
            assertThat(result.queries()).isPositive();
            assertThat(result.engine().ndcg()).as(result.direction()).isGreaterThanOrEqualTo(0.80);
            assertThat(result.engine().ndcg())
                    .as(result.direction() + " vs baseline")
                    .isGreaterThanOrEqualTo(result.baseline().ndcg() * 1.10);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"beir-cisi", "beir-cran"})
    void onClassicTextCollectionsTheTextPartBeatsPlainBm25(String name) {
        Path collection = PUBLIC.resolveSibling(name);
        assertThat(collection.resolve("corpus.jsonl"))
                .as("the BEIR collection beside the public set")
                .exists();
        RankingEvaluation.Result result = RankingEvaluation.evaluate(collection).getFirst();
        System.out.println(name + " " + result.resultLine());
        assertThat(result.engine().ndcg())
                .as(name + " vs baseline")
                .isGreaterThanOrEqualTo(result.baseline().ndcg() * 1.03);
    }
}
