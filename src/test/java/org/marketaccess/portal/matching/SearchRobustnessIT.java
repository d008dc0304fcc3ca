package org.marketaccess.portal.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.search.Facet;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/** Ten thousand generated strings (and unknown filter codes) through the service the search pages call. */
@IntegrationTest
class SearchRobustnessIT {

    @Autowired
    MatchingService matching;

    @Autowired
    ActAs actAs;

    @Test
    void whateverIsTypedGivesResultsNeverAnError() {
        List<String> typed = TypedText.generate(10_000, 20261122);
        Facet[] facets = Facet.values();
        actAs.user(TestData.DEMO_STARTUP, () -> {
            for (int i = 0; i < typed.size(); i++) {
                String text = typed.get(i);
                Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
                if (i % 7 == 0) {
                    filters.put(facets[i % facets.length], Set.of(i % 2 == 0 ? "remote-monitoring" : text));
                }
                assertThatNoException()
                        .as("searching for %s", text.length() > 80 ? text.substring(0, 80) + "…" : text)
                        .isThrownBy(() -> {
                            SearchPage page = matching.findOpportunities(text, filters, 1);
                            assertThat(page.total()).isNotNegative();
                            assertThat(page.cards()).allSatisfy(card -> assertThat(
                                            card.score() == null || (card.score() >= 0 && card.score() <= 100))
                                    .isTrue());
                        });
            }
        });
    }
}
