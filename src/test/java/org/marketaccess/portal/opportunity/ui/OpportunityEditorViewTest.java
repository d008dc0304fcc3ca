package org.marketaccess.portal.opportunity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.opportunity.OpportunityDetails;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.testing.BrowserlessViewTest;
import org.marketaccess.portal.testing.Postings;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessViewTest
@WithUserDetails(TestData.DEMO_PROVIDER)
class OpportunityEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    OpportunityService opportunities;

    @Test
    void theSecondOfTwoConcurrentSavesIsToldToReloadAndNothingIsOverwritten() {
        OpportunityId id = opportunities.create(Postings.opportunity(TestData.unique("Concurrent"), null, false));
        OpportunityEditorView editor = navigate(OpportunityEditorView.class, id.toString());

        // a colleague saves the same opportunity meanwhile
        OpportunityDetails current = opportunities.find(id).orElseThrow();
        opportunities.update(id, Postings.opportunity("Colleague's title", null, false), current.version());

        test($view(TextField.class).id("posting-title")).setValue("My title");
        test($view(Button.class).id("posting-save")).click();

        assertThat($view(Div.class).id("posting-form-error").isVisible()).isTrue();
        assertThat($view(Div.class).id("posting-form-error").getText()).contains("Someone else changed this posting");
        assertThat(opportunities.find(id).orElseThrow().content().title()).isEqualTo("Colleague's title");
    }

    @Test
    void aPastDeadlineIsRefusedAtTheFieldWhenPublishing() {
        OpportunityEditorView editor = navigate(OpportunityEditorView.class);
        test($view(TextField.class).id("posting-title")).setValue(TestData.unique("Late"));
        test(editor.problemStatement).setValue("A problem.");
        test(editor.categories).selectItem("Telehealth");
        test(editor.clinicalAreas).selectItem("Cardiology");
        test(editor.careSettings).selectItem("Home");
        editor.responseDeadline.setValue(LocalDate.now().minusDays(2));
        test($view(Button.class).id("posting-publish")).click();

        assertThat(editor.responseDeadline.isInvalid()).isTrue();
        assertThat(editor.responseDeadline.getErrorMessage()).contains("deadline has passed");
        assertThat($view(Span.class).id("posting-status").getText()).isEqualTo("Draft");
    }
}
