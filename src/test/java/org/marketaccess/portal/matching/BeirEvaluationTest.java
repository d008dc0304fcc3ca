package org.marketaccess.portal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A BEIR collection is evaluated in one direction, queries as free text against the corpus. */
class BeirEvaluationTest {

    @Test
    void aBeirCollectionIsRankedQueriesToCorpusWithSynonyms() throws URISyntaxException {
        Path collection = Path.of(getClass().getResource("/beir-mini").toURI());
        List<RankingEvaluation.Result> results = RankingEvaluation.evaluate(collection);
        assertThat(results).hasSize(1);
        RankingEvaluation.Result result = results.getFirst();
        assertThat(result.direction()).isEqualTo("queries-to-corpus");
        assertThat(result.queries()).isEqualTo(2);
        assertThat(result.engine().mrr()).isEqualTo(1.0);
        // "CHF telemonitoring" and "melanoma" share no word with their documents: only synonyms find them
        assertThat(result.engine().ndcg()).isEqualTo(1.0);
        assertThat(result.baseline().ndcg()).isZero();
        assertThat(result.engine().ndcg())
                .isGreaterThanOrEqualTo(result.baseline().ndcg());
        assertThat(result.resultLine())
                .startsWith("RESULT direction=queries-to-corpus ndcg@10=")
                .contains(" gain_over_baseline=n/a ");
    }
}
