package org.marketaccess.portal.need.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.need.NeedSummary;
import org.marketaccess.portal.testing.BrowserlessViewTest;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessViewTest
@WithUserDetails(TestData.DEMO_STARTUP)
class NeedEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    NeedService needs;

    @Test
    void anEmptyTitleIsRefusedAtTheFieldAndNothingIsSaved() {
        long before = needs.countMine(java.util.Set.of());
        NeedEditorView editor = navigate(NeedEditorView.class);
        test(editor.description).setValue("Something");
        test($view(Button.class).id("posting-save")).click();

        assertThat($view(TextField.class).id("posting-title").isInvalid()).isTrue();
        assertThat($view(TextField.class).id("posting-title").getErrorMessage()).isEqualTo("Give the need a title.");
        assertThat(needs.countMine(java.util.Set.of())).isEqualTo(before);
    }

    @Test
    void publishingAnIncompleteNeedSavesTheDraftAndMarksWhatIsMissing() {
        NeedEditorView editor = navigate(NeedEditorView.class);
        String title = TestData.unique("Incomplete need");
        test($view(TextField.class).id("posting-title")).setValue(title);
        test(editor.description).setValue("A description.");
        test($view(Button.class).id("posting-publish")).click();

        assertThat(editor.categories.isInvalid()).isTrue();
        assertThat(editor.categories.getErrorMessage()).isEqualTo("Choose at least one.");
        assertThat(editor.stage.isInvalid()).isTrue();
        assertThat($view(Span.class).id("posting-status").getText()).isEqualTo("Draft");
    }

    @Test
    void aCompleteNeedIsPublishedFromTheEditor() {
        NeedEditorView editor = navigate(NeedEditorView.class);
        String title = TestData.unique("Complete need");
        test($view(TextField.class).id("posting-title")).setValue(title);
        test(editor.description).setValue("<b>Not bold</b> — shown as typed 🚀 שלום");
        test(editor.sought).selectItem("Pilot site");
        test(editor.categories).selectItem("Telehealth");
        test(editor.clinicalAreas).selectItem("Cardiology");
        test(editor.careSettings).selectItem("Home");
        test(editor.regions).selectItem("Massachusetts");
        test(editor.stage).selectItem("Pilot-ready");
        test($view(Button.class).id("posting-publish")).click();

        assertThat($view(Span.class).id("posting-status").getText()).isEqualTo("Published");
        NeedSummary published = needs.mine(java.util.Set.of(), PageRequest.of(0, 100)).stream()
                .filter(need -> need.title().equals(title))
                .findFirst()
                .orElseThrow();
        assertThat(needs.find(published.id()).orElseThrow().content().description())
                .isEqualTo("<b>Not bold</b> — shown as typed 🚀 שלום");
    }

    @Test
    void theLanguageFollowsTheTextUntilChosenAndIsSaved() {
        NeedEditorView editor = navigate(NeedEditorView.class);
        String title = TestData.unique("Seguiment de la insuficiència cardíaca");
        test($view(TextField.class).id("posting-title")).setValue(title);
        test(editor.description)
                .setValue("Busquem un hospital per validar el seguiment a casa dels pacients amb insuficiència"
                        + " cardíaca.");
        assertThat(editor.language.getValue()).isEqualTo("ca");
        test(editor.language).selectItem("Spanish");
        test(editor.description).setValue("Busquem un hospital per validar el seguiment a casa.");
        assertThat(editor.language.getValue()).as("chosen, it stays").isEqualTo("es");
        test($view(Button.class).id("posting-save")).click();

        NeedSummary saved = needs.mine(java.util.Set.of(), PageRequest.of(0, 100)).stream()
                .filter(need -> need.title().equals(title))
                .findFirst()
                .orElseThrow();
        assertThat(needs.find(saved.id()).orElseThrow().content().language()).isEqualTo("es");
    }

    @Test
    void anotherStartupsDraftCannotBeOpenedByUrl() {
        NeedId foreign = needs.mine(java.util.Set.of(), PageRequest.of(0, 1)).stream()
                .findFirst()
                .map(NeedSummary::id)
                .orElseThrow();
        // the demo startup's own need opens; a random id (another organization's) does not
        NeedEditorView own = navigate(NeedEditorView.class, foreign.toString());
        assertThat($view(TextField.class).id("posting-title").getValue()).isNotBlank();
        NeedEditorView other =
                navigate(NeedEditorView.class, java.util.UUID.randomUUID().toString());
        assertThat(other.getElement().getTextRecursively()).contains("Posting not found");
    }
}
