package org.marketaccess.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.taxonomy.TaxonomySnapshot;

/**
 * The pair's text similarity of decision 029: symmetric BM25 weighed by the index's own statistics
 * (with the reference corpus), taken as a snapshot that a few postings coming or going do not move.
 */
class PairTextSimilarityTest {

    private static final TaxonomySnapshot TAXONOMY = TaxonomySnapshot.fromMigrations();
    private static final MatchRules RULES = new MatchRules(TAXONOMY.regions(), TAXONOMY.stageRanks());

    private final NeedProfile need =
            need("n1", "Sepsis alerts on the ward", "Early warning of sepsis from vital signs.");
    private final OpportunityProfile sepsis =
            opportunity("o1", "Sepsis detection pilot", "We want early warning of sepsis in adult inpatients.");

    @Test
    void bothSidesSeeOneNumber() {
        try (MatchEngine engine = MatchEngine.inMemory(List.of(need), List.of(sepsis), RULES)) {
            PairScore views = engine.views(need, sepsis);
            assertThat(views.fromNeed()).isPositive().isEqualTo(views.fromOpportunity());
            assertThat(engine.needsFor(sepsis, 1).getFirst().score()).isEqualTo(views.fromOpportunity());
        }
    }

    @Test
    void aWordTheIndexHasEverywhereWeighsLessThanARareOne() {
        // "wound" is in every posting of this index, "sepsis" in two: sharing "sepsis" must tell more,
        // which a fixed reference corpus (where neither word is) could not know
        List<OpportunityProfile> opportunities = new ArrayList<>();
        opportunities.add(opportunity("o-sepsis", "Sepsis wound pilot", "Sepsis in wound care."));
        opportunities.add(opportunity("o-wound", "Wound dressing pilot", "Wound care, wound photos, wound healing."));
        for (int i = 0; i < 40; i++) {
            opportunities.add(opportunity("o" + i, "Wound clinic " + i, "Wound care and dressings, site " + i + "."));
        }
        NeedProfile query = need("n2", "Sepsis from wounds", "Sepsis risk after a wound.");
        try (MatchEngine engine = MatchEngine.inMemory(List.of(query), opportunities, RULES)) {
            assertThat(engine.opportunitiesFor(query, 2))
                    .extracting(RankedMatch::id)
                    .first()
                    .isEqualTo("o-sepsis");
        }
    }

    @Test
    void aFewNewPostingsDoNotMoveAPairsNumber() {
        try (MatchEngine engine = MatchEngine.inMemory(List.of(need), List.of(sepsis), RULES)) {
            double before = engine.score(need, sepsis, true);
            for (int i = 0; i < 5; i++) {
                engine.put(
                        opportunity("x" + i, "Sepsis screening " + i, "Sepsis screening in emergency care " + i + "."),
                        PostingMeta.of(0));
            }
            engine.refresh();
            assertThat(engine.score(need, sepsis, true)).isEqualTo(before);
        }
    }

    private static NeedProfile need(String id, String title, String description) {
        return new NeedProfile(
                id,
                "startup-1",
                title,
                description,
                List.of("pilot-site"),
                List.of(),
                List.of(),
                List.of(),
                "pilot-ready",
                List.of(),
                List.of(),
                List.of());
    }

    private static OpportunityProfile opportunity(String id, String title, String description) {
        return new OpportunityProfile(
                id,
                "provider-" + id,
                title,
                description,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null);
    }
}
