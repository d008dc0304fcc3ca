package org.marketaccess.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.posting.PostingKind;
import org.marketaccess.portal.posting.PostingLanguage;
import org.marketaccess.portal.taxonomy.TaxonomySnapshot;

/**
 * Postings in English, Spanish and Catalan meet (decision 027): a Catalan need finds the English
 * opportunity about the same problem, Spanish search words find English postings, and a typed word
 * one letter off still finds its postings, below those that spell it right. Facets are left empty,
 * so that only the text decides.
 */
class CrossLanguageSearchTest {

    private static final TaxonomySnapshot TAXONOMY = TaxonomySnapshot.fromMigrations();
    private static final MatchRules RULES = new MatchRules(TAXONOMY.regions(), TAXONOMY.stageRanks());

    private static final OpportunityProfile HEART_FAILURE = opportunity(
            "o-hf",
            "Cut heart failure readmissions after discharge",
            "Our cardiology nurses want to follow patients with heart failure at home: daily weight, blood"
                    + " pressure and symptoms, so that fluid overload is seen before it ends in readmission.");
    private static final OpportunityProfile KIDNEY = opportunity(
            "o-ckd",
            "Find chronic kidney disease earlier in primary care",
            "Our practices want to find patients whose kidney function is falling in their lab results, and"
                    + " alert their doctors at home visits and in clinic before dialysis is needed.");
    private static final OpportunityProfile TELEHEALTH = opportunity(
            "o-tele",
            "Virtual visits for rural clinics",
            "A telehealth platform so that patients in remote towns see specialists by video.");
    private static final OpportunityProfile SEPSIS = opportunity(
            "o-sepsis",
            "Infection alerts on the wards",
            "Warn the ward team of sepsis from the observations nurses record.");
    /** The same posting with the word misspelt. */
    private static final OpportunityProfile SEPSIS_MISSPELT = opportunity(
            "o-sepssis",
            "Infection alerts on the wards",
            "Warn the ward team of sepssis from the observations nurses record.");

    private static final NeedProfile CATALAN_NEED = new NeedProfile(
            "n-ca",
            "s1",
            "Hospital per validar el seguiment a domicili de pacients amb insuficiència cardíaca",
            "Oferim una bàscula connectada i un qüestionari diari de símptomes per a persones amb insuficiència"
                    + " cardíaca. Les infermeres veuen l'augment de pes abans que el pacient hagi de tornar a"
                    + " l'hospital. Busquem un hospital que mesuri amb nosaltres els reingressos.",
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            null,
            List.of(),
            List.of(),
            List.of("anywhere"));

    static MatchEngine engine;
    static MatchEngine englishOnly;

    @BeforeAll
    static void engines() {
        List<OpportunityProfile> opportunities = List.of(HEART_FAILURE, KIDNEY, TELEHEALTH, SEPSIS, SEPSIS_MISSPELT);
        engine = MatchEngine.inMemory(List.of(CATALAN_NEED), opportunities, RULES, true);
        englishOnly = MatchEngine.inMemory(List.of(CATALAN_NEED), opportunities, RULES, false);
    }

    @AfterAll
    static void close() {
        engine.close();
        englishOnly.close();
    }

    @Test
    void aCatalanNeedAboutHeartFailureMatchesTheEnglishOpportunityFirst() {
        List<RankedMatch> matches = engine.opportunitiesFor(CATALAN_NEED, 5);
        assertThat(matches).isNotEmpty();
        assertThat(matches.getFirst().id()).isEqualTo("o-hf");
        assertThat(engine.score(CATALAN_NEED, HEART_FAILURE, true))
                .isGreaterThan(engine.score(CATALAN_NEED, KIDNEY, true));
        // read as English, the Catalan text has nothing in common with the opportunity
        assertThat(englishOnly.score(CATALAN_NEED, HEART_FAILURE, true)).isZero();
    }

    @Test
    void theEnglishOpportunityFindsTheCatalanNeed() {
        assertThat(engine.needsFor(HEART_FAILURE, 5))
                .extracting(RankedMatch::id)
                .containsExactly("n-ca");
    }

    @Test
    void aGivenLanguageIsUsedAsGiven() {
        NeedProfile readAsEnglish = new NeedProfile(
                CATALAN_NEED.id(),
                CATALAN_NEED.organizationId(),
                CATALAN_NEED.title(),
                CATALAN_NEED.description(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of("anywhere"),
                PostingLanguage.EN);
        assertThat(engine.score(readAsEnglish, HEART_FAILURE, true))
                .isLessThan(engine.score(CATALAN_NEED, HEART_FAILURE, true));
    }

    @Test
    void teleconsultaFindsTelehealthPostings() {
        // first: the concept's phrases are searched word by word, and "care" (of "virtual care") is common
        assertThat(search("teleconsulta")).first().isEqualTo("o-tele");
        assertThat(search("insuficiència cardíaca")).first().isEqualTo("o-hf");
        assertThat(search("insuficiencia cardiaca")).first().isEqualTo("o-hf");
    }

    @Test
    void aOneLetterTypoStillFindsItsPostings() {
        assertThat(search("telehealht")).containsExactly("o-tele");
        assertThat(search("dialisys")).containsExactly("o-ckd");
    }

    @Test
    void aTypoMatchRanksBelowAnExactOne() {
        List<SearchResult.Hit> hits = engine.search(
                        new SearchRequest(PostingKind.OPPORTUNITY, "sepsis", Map.of(), null, 10))
                .hits();
        assertThat(hits).extracting(SearchResult.Hit::id).containsExactly("o-sepsis", "o-sepssis");
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    }

    @Test
    void shortWordsAreNotStretched() {
        // four letters: "vide" is not taken for "video"
        assertThat(search("vide")).isEmpty();
        assertThat(search("video")).containsExactly("o-tele");
    }

    private static List<String> search(String text) {
        return engine.search(new SearchRequest(PostingKind.OPPORTUNITY, text, Map.of(), null, 10)).hits().stream()
                .map(SearchResult.Hit::id)
                .toList();
    }

    private static OpportunityProfile opportunity(String id, String title, String description) {
        return new OpportunityProfile(
                id,
                "p-" + id,
                title,
                description,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                "massachusetts");
    }
}
