package org.marketaccess.portal.introduction.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.introduction.IntroductionAction;
import org.marketaccess.portal.introduction.IntroductionDetails;
import org.marketaccess.portal.introduction.IntroductionId;
import org.marketaccess.portal.introduction.IntroductionService;
import org.marketaccess.portal.introduction.IntroductionStatus;
import org.marketaccess.portal.introduction.RequestOptions;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.shared.PostingStatus;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.BrowserlessViewTest;
import org.marketaccess.portal.testing.Postings;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The request form, the details page and the program's queue, as the demo users see them. */
@BrowserlessViewTest
class IntroductionViewsTest extends SpringBrowserlessTest {

    @Autowired
    IntroductionService introductions;

    @Autowired
    NeedService needs;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    ActAs actAs;

    @Test
    @WithUserDetails(TestData.DEMO_STARTUP)
    void aStartupSendsARequestAndLandsOnItsPage() {
        NeedId need = needs.create(Postings.need(TestData.unique("View need")));
        needs.publish(need, needs.find(need).orElseThrow().version());
        OpportunityId opportunity = providersOpportunity();

        IntroductionRequestView form = requestForm(need, opportunity);
        assertThat(form.mine.getValue().postingId()).isEqualTo(need.toString());
        test(form.send).click();
        assertThat(form.message.isInvalid()).isTrue();
        assertThat(form.message.getErrorMessage()).startsWith("Write a message");

        test(form.message).setValue("Please introduce us.");
        test(form.send).click();
        IntroductionDetailsView details = (IntroductionDetailsView) getCurrentView();
        assertThat($(Span.class).withClassName("status-badge").single().getText())
                .isEqualTo("Waiting for the program's review");
        assertThat(details.actions.getElement().getTextRecursively()).contains("Withdraw request");

        // the same pair again: refused at the field, nothing sent
        IntroductionRequestView again = requestForm(need, opportunity);
        assertThat(again.mine.getListDataView().getItems().filter(choice -> choice.postingId()
                        .equals(need.toString())))
                .singleElement()
                .satisfies(choice -> assertThat(choice.taken()).isTrue());
        assertThat(again.mine.getValue().postingId())
                .as("the taken pair is not chosen")
                .isNotEqualTo(need.toString());
    }

    @Test
    @WithUserDetails(TestData.DEMO_PROVIDER)
    void aProviderSeesNothingOfAStartupsRequestTheProgramHasNotApproved() {
        // issue 14's probe: the provider's own opportunity was listed as "already requested"
        OpportunityId asked = providersOpportunity();
        NeedId need = actAs.user(TestData.DEMO_STARTUP, () -> {
            NeedId created = needs.create(Postings.need(TestData.unique("Unapproved ask")));
            needs.publish(created, needs.find(created).orElseThrow().version());
            introductions.request(created, asked, "Please introduce us.");
            return created;
        });

        UI.getCurrent()
                .navigate(IntroductionRequestView.class, QueryParameters.simple(Map.of("need", need.toString())));
        IntroductionRequestView form = (IntroductionRequestView) getCurrentView();
        assertThat(form.getElement().getTextRecursively()).doesNotContain("already requested");
        assertThat(form.mine.getListDataView().getItems())
                .as("every own opportunity, the asked one included, may be paired")
                .isNotEmpty()
                .noneMatch(RequestOptions.Choice::taken)
                .allSatisfy(
                        choice -> assertThat(form.mine.getItemLabelGenerator().apply(choice))
                                .doesNotContain("already requested"));
        assertThat(form.mine.getListDataView().getItems().map(RequestOptions.Choice::postingId))
                .contains(asked.toString());
    }

    @Test
    @WithUserDetails(TestData.DEMO_PROGRAM_MANAGER)
    void aProgramManagerApprovesFromTheDetailsPage() {
        IntroductionId id = requestedByTheDemoStartup();
        IntroductionQueueView queue = navigate(IntroductionQueueView.class);
        assertThat(test(queue.grid).size()).isPositive();

        IntroductionDetailsView details =
                navigate(IntroductionDetailsView.class, java.util.Map.of("id", id.toString()));
        assertThat($(Span.class).withClassName("score-badge").single().getText())
                .startsWith("Match score");
        test($(Button.class).withText("Approve").single()).click();
        assertThat(introductions.details(id).orElseThrow().status()).isEqualTo(IntroductionStatus.AWAITING_RESPONSE);
        assertThat($(Button.class).withText("Approve").exists()).isFalse();
        assertThat(details.actions.getElement().getTextRecursively()).doesNotContain("Approve");
    }

    @Test
    @WithUserDetails(TestData.DEMO_PROGRAM_MANAGER)
    void aDeclineWithoutAReasonIsRefusedAtTheFormAndChangesNothing() {
        IntroductionId id = requestedByTheDemoStartup();
        navigate(IntroductionDetailsView.class, java.util.Map.of("id", id.toString()));
        StepForm form = $(StepForm.class).single();
        form.step.setValue(IntroductionAction.DECLINE_AS_PROGRAM);
        test($(Button.class).withText("Decline").single()).click();
        IntroductionDetails unchanged = introductions.details(id).orElseThrow();
        assertThat(unchanged.status()).isEqualTo(IntroductionStatus.PENDING_REVIEW);
        assertThat(unchanged.version()).isZero();
    }

    @Test
    @WithUserDetails(TestData.DEMO_PROGRAM_MANAGER)
    void eachStepShowsOnlyItsOwnFieldsAndAnApprovalKeepsItsNote() {
        IntroductionId id = requestedByTheDemoStartup();
        navigate(IntroductionDetailsView.class, java.util.Map.of("id", id.toString()));
        StepForm form = $(StepForm.class).single();
        assertThat(form.step.getValue()).isEqualTo(IntroductionAction.APPROVE);
        assertThat(form.note.isVisible()).isTrue();
        assertThat(form.reason.isVisible()).isFalse();
        assertThat(form.text.isVisible()).isFalse();
        form.step.setValue(IntroductionAction.ASK_FOR_INFORMATION);
        assertThat(form.text.isVisible()).isTrue();
        assertThat(form.note.isVisible()).isFalse();
        assertThat(form.reason.isVisible()).isFalse();
        form.step.setValue(IntroductionAction.DECLINE_AS_PROGRAM);
        assertThat(form.reason.isVisible()).isTrue();
        assertThat(form.note.isVisible()).isTrue();
        assertThat(form.text.isVisible()).isFalse();

        form.step.setValue(IntroductionAction.APPROVE);
        form.note.setValue("Both teams met at our demo day; start with the discharge workflow.");
        test(form.take).click();

        IntroductionDetails approved = introductions.details(id).orElseThrow();
        assertThat(approved.status()).isEqualTo(IntroductionStatus.AWAITING_RESPONSE);
        assertThat(approved.programNote())
                .isEqualTo("Both teams met at our demo day; start with the discharge workflow.");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class)
                        .withClassName("program-note")
                        .single()
                        .getText())
                .contains("Both teams met at our demo day");
    }

    private IntroductionRequestView requestForm(NeedId need, OpportunityId opportunity) {
        UI.getCurrent()
                .navigate(
                        IntroductionRequestView.class,
                        QueryParameters.simple(Map.of("need", need.toString(), "opportunity", opportunity.toString())));
        return (IntroductionRequestView) getCurrentView();
    }

    private OpportunityId providersOpportunity() {
        return actAs.user(TestData.DEMO_PROVIDER, () -> {
            OpportunityId id = opportunities.create(Postings.opportunity(TestData.unique("View pilot"), null, false));
            opportunities.publish(id, opportunities.find(id).orElseThrow().version());
            return id;
        });
    }

    private IntroductionId requestedByTheDemoStartup() {
        OpportunityId opportunity = providersOpportunity();
        return actAs.user(TestData.DEMO_STARTUP, () -> {
            NeedId need = needs.mine(Set.of(PostingStatus.PUBLISHED), PageRequest.of(0, 1))
                    .getContent()
                    .getFirst()
                    .id();
            return introductions.request(need, opportunity, "Please introduce us.");
        });
    }
}
