package org.marketaccess.portal.matching.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.matching.ResultCard;
import org.marketaccess.portal.posting.PostingKind;
import org.marketaccess.portal.taxonomy.TaxonomyService;
import org.marketaccess.portal.testing.BrowserlessViewTest;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** A card ranked lower for its provider's backlog says why (decision 031); others say nothing of it. */
@BrowserlessViewTest
@WithUserDetails(TestData.DEMO_STARTUP)
class CapacityNoteTest extends SpringBrowserlessTest {

    @Autowired
    TaxonomyService taxonomy;

    @Test
    void aLoweredCardSaysHowManyRequestsAwaitTheProvidersAnswer() {
        ResultCards cards = new ResultCards(new Div(), taxonomy);
        String lowered =
                cards.card(card(12), "opportunities/view/x").getElement().getProperty("innerHTML");
        assertThat(lowered).contains("Ranked lower: 12 requests await this provider's answer.");
        String plain = cards.card(card(0), "opportunities/view/x").getElement().getProperty("innerHTML");
        assertThat(plain).doesNotContain("capacity-note").doesNotContain("Ranked lower");
    }

    private static ResultCard card(int awaiting) {
        return new ResultCard(
                "x",
                PostingKind.OPPORTUNITY,
                "COPD readmissions pilot",
                "Hospital",
                62.0,
                null,
                List.of("remote-monitoring"),
                List.of("respiratory"),
                List.of("home"),
                List.of(),
                List.of(),
                null,
                awaiting);
    }
}
