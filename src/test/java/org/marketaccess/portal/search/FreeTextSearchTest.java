package org.marketaccess.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.posting.PostingKind;
import org.marketaccess.portal.taxonomy.TaxonomySnapshot;

/** Whatever is typed in a search box gives results or nothing, never an exception. */
class FreeTextSearchTest {

    private static final String[] PIECES = {
        "\"",
        "\"heart failure",
        "*:*",
        "*",
        "?",
        "title:",
        "AND",
        "OR",
        "NOT",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        "~2",
        "^3",
        "\\",
        "/",
        "/regex/",
        "+",
        "-",
        "&&",
        "||",
        "!",
        ":",
        "\u0000",
        "\u0007",
        "\t",
        "\n",
        "\r",
        "\u202E",
        "\uD83D\uDE80",
        "\uD83D",
        "שלום",
        "مرحبا",
        "CHF",
        "telehealth",
        "<script>alert(1)</script>",
        "%",
        "_",
        "'",
        "' OR 1=1 --",
        "null",
        "NaN",
        " ",
        "ä",
        "ß",
        "é",
        "ﬁ",
        "\uFEFF",
        "☃",
        "0",
        "-1",
        "9999999999999999999"
    };

    static MatchEngine engine;

    @BeforeAll
    static void engine() {
        TaxonomySnapshot taxonomy = TaxonomySnapshot.fromMigrations();
        List<OpportunityProfile> opportunities = List.of(
                new OpportunityProfile(
                        "o1",
                        "p1",
                        "Heart failure at home",
                        "Remote monitoring of CHF patients.",
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        "yorkshire"),
                new OpportunityProfile(
                        "o2",
                        "p2",
                        "Virtual care for rural clinics",
                        "Telehealth in community care.",
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        "catalonia"));
        engine = MatchEngine.inMemory(
                List.of(), opportunities, new MatchRules(taxonomy.regions(), taxonomy.stageRanks()));
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void tenThousandGeneratedStringsNeverThrow() {
        Random random = new Random(20261122);
        List<String> typed = new ArrayList<>(List.of("", " ", "x".repeat(10_000), "\"".repeat(5_000), "*:*"));
        while (typed.size() < 10_000) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(12);
            for (int i = 0; i < pieces; i++) {
                text.append(
                        random.nextInt(4) == 0 ? (char) random.nextInt(0x3000) : PIECES[random.nextInt(PIECES.length)]);
            }
            typed.add(text.toString());
        }
        for (String text : typed) {
            assertThatNoException().as("searching for %s", text).isThrownBy(() -> {
                List<RankedMatch> results = searchOpportunities(text, 10);
                assertThat(results)
                        .allSatisfy(match -> assertThat(match.score()).isBetween(0.0, 100.0));
            });
        }
    }

    @Test
    void queryCharactersAreJustWordsAndSynonymsStillWork() {
        assertThat(searchOpportunities("title:\"CHF", 10))
                .extracting(RankedMatch::id)
                .first()
                .isEqualTo("o1");
        assertThat(searchOpportunities("telemedicine (rural*", 10))
                .extracting(RankedMatch::id)
                .first()
                .isEqualTo("o2");
        assertThat(searchOpportunities("*:*", 10)).isEmpty();
    }

    /** Opportunities for typed text, best first; postings only browsed (no score) are left out. */
    private List<RankedMatch> searchOpportunities(String typed, int k) {
        return engine
                .search(new SearchRequest(PostingKind.OPPORTUNITY, typed, java.util.Map.of(), null, k))
                .hits()
                .stream()
                .filter(hit -> hit.score() != null)
                .map(hit -> new RankedMatch(hit.id(), hit.score()))
                .toList();
    }
}
