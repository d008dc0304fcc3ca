package org.marketaccess.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.taxonomy.TaxonomySnapshot;

/** The words matching searches with, for the benchmark's PostgreSQL baseline that searches the same. */
class MatchTermsTest {

    static final TaxonomySnapshot TAXONOMY = TaxonomySnapshot.fromMigrations();
    static final MatchRules RULES = new MatchRules(TAXONOMY.regions(), TAXONOMY.stageRanks());

    @Test
    void aPostingsTermsAsTheIndexHoldsThemAndTheOnesItIsMatchedWith() {
        NeedProfile need = new NeedProfile(
                "n1",
                "s1",
                "Remote monitoring of heart failure",
                "Our patients with heart failure come back to hospital too often after discharge.",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of());
        OpportunityProfile opportunity = new OpportunityProfile(
                "o1",
                "p1",
                "Heart failure telemonitoring pilot",
                "Fewer readmissions of heart failure patients.",
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null);
        try (MatchEngine engine = MatchEngine.inMemory(List.of(need), List.of(opportunity), RULES)) {
            assertThat(engine.indexedTerms(opportunity).title())
                    .containsExactly("heart", "failur", "telemonitor", "pilot");
            List<String> terms = engine.matchTerms(need);
            assertThat(terms)
                    .contains("heart", "failur")
                    .doesNotHaveDuplicates()
                    .hasSizeLessThanOrEqualTo(32);
            // every term is one the index has: the others cannot match and are not chosen
            assertThat(terms).allSatisfy(term -> assertThat(term).doesNotContain(" "));
        }
    }
}
