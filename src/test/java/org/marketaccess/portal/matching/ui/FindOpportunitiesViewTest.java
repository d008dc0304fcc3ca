package org.marketaccess.portal.matching.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.matching.TypedText;
import org.marketaccess.portal.search.Facet;
import org.marketaccess.portal.testing.BrowserlessViewTest;
import org.marketaccess.portal.testing.TestData;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessViewTest
@WithUserDetails(TestData.DEMO_STARTUP)
class FindOpportunitiesViewTest extends SpringBrowserlessTest {

    @Test
    void synonymsFindTheOpportunityAndFacetsShowCounts() {
        FindOpportunitiesView view = navigate(FindOpportunitiesView.class);
        assertThat(view.results.getChildren().count())
                .as("newest first without text")
                .isPositive();
        view.text.setValue("CHF");
        assertThat(view.results.getChildren().count()).isPositive();
        assertThat(view.total.getText()).endsWith("found");
        var clinical = view.filters.get(Facet.CLINICAL_AREA);
        assertThat(clinical.getItemLabelGenerator().apply("cardiology")).matches("Cardiology \\(\\d+\\)");
        clinical.setValue(java.util.Set.of("cardiology"));
        assertThat(view.results.getChildren().count()).isPositive();
        // a card is one element whose inside is markup; its title links to the opportunity
        String first = view.results
                .getChildren()
                .findFirst()
                .orElseThrow()
                .getElement()
                .getProperty("innerHTML");
        assertThat(first).startsWith("<div class=\"result-head\"><a href=\"opportunities/view/");
    }

    @Test
    void generatedStringsNeverBreakThePage() {
        FindOpportunitiesView view = navigate(FindOpportunitiesView.class);
        for (String typed : TypedText.generate(500, 7)) {
            view.text.setValue(typed);
            assertThat(view.total.getText()).endsWith("found");
        }
        view.text.setValue("\"*:*\" AND (");
        assertThat(view.notice.isVisible()).isTrue();
        assertThat(view.notice.getText()).contains("no word to search for");
    }
}
