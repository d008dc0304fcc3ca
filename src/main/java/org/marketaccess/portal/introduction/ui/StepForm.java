package org.marketaccess.portal.introduction.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.List;
import org.marketaccess.portal.introduction.DeclineReason;
import org.marketaccess.portal.introduction.IntroductionAction;
import org.marketaccess.portal.introduction.IntroductionDetails;
import org.marketaccess.portal.introduction.IntroductionId;
import org.marketaccess.portal.introduction.IntroductionService;
import org.marketaccess.portal.introduction.Outcome;
import org.marketaccess.portal.shared.IllegalTransitionException;
import org.marketaccess.portal.shared.InvalidInputException;

/**
 * The steps the caller may take on an introduction now: one choice of step, then only the fields
 * that step takes (a reason and a note to decline, a question to ask, a note to approve, the message
 * to resubmit, the outcome and a note), and one button that takes it.
 */
class StepForm extends Composite<Div> {

    /** The order in which a party's steps are offered; the first is chosen at first. */
    private static final List<IntroductionAction> ORDER = List.of(
            IntroductionAction.APPROVE,
            IntroductionAction.ACCEPT,
            IntroductionAction.RESUBMIT,
            IntroductionAction.RECORD_OUTCOME,
            IntroductionAction.ASK_FOR_INFORMATION,
            IntroductionAction.DECLINE_AS_PROGRAM,
            IntroductionAction.DECLINE_AS_RECIPIENT,
            IntroductionAction.WITHDRAW);

    final RadioButtonGroup<IntroductionAction> step = new RadioButtonGroup<>();
    final Select<DeclineReason> reason = new Select<>();
    final Select<Outcome> outcome = new Select<>();
    final TextArea text = new TextArea();
    final TextArea note = new TextArea();
    final Button take = new Button();

    private final IntroductionService introductions;
    private final IntroductionId id;
    private final IntroductionDetails details;
    private final Runnable changed;

    StepForm(IntroductionService introductions, IntroductionDetails details, Runnable changed) {
        this.introductions = introductions;
        this.id = details.id();
        this.details = details;
        this.changed = changed;
        Div content = getContent();
        content.addClassName("introduction-actions");
        List<IntroductionAction> available = ORDER.stream().filter(details::may).toList();
        if (available.isEmpty()) {
            return;
        }
        step.setLabel(getTranslation("introduction.field.step"));
        step.setItems(available);
        step.setItemLabelGenerator(action -> getTranslation(label(action)));
        step.setVisible(available.size() > 1);
        step.addValueChangeListener(change -> show(change.getValue()));
        reason.setLabel(getTranslation("introduction.field.reason"));
        reason.setItems(DeclineReason.values());
        reason.setItemLabelGenerator(value -> getTranslation("introduction.decline-reason." + value.code()));
        outcome.setLabel(getTranslation("introduction.field.outcome"));
        outcome.setItems(Arrays.stream(Outcome.values())
                .filter(next -> next.mayFollow(details.outcome()))
                .toList());
        outcome.setItemLabelGenerator(value -> getTranslation("introduction.outcome." + value));
        text.setMaxLength(IntroductionService.MESSAGE_MAX);
        text.setWidthFull();
        note.setMaxLength(IntroductionService.NOTE_MAX);
        note.setWidthFull();
        take.addClickListener(click -> take());
        content.add(step, reason, outcome, text, note, take);
        step.setValue(available.getFirst());
    }

    /** Shows the fields of one step, and names the button after it. */
    private void show(IntroductionAction action) {
        boolean declines =
                action == IntroductionAction.DECLINE_AS_PROGRAM || action == IntroductionAction.DECLINE_AS_RECIPIENT;
        reason.setVisible(declines);
        outcome.setVisible(action == IntroductionAction.RECORD_OUTCOME);
        text.setVisible(action == IntroductionAction.ASK_FOR_INFORMATION || action == IntroductionAction.RESUBMIT);
        text.setLabel(getTranslation(
                action == IntroductionAction.RESUBMIT
                        ? "introduction.details.message"
                        : "introduction.field.question"));
        if (action == IntroductionAction.RESUBMIT && text.isEmpty()) {
            text.setValue(details.message());
        }
        note.setVisible(
                declines || action == IntroductionAction.APPROVE || action == IntroductionAction.RECORD_OUTCOME);
        note.setLabel(getTranslation(
                action == IntroductionAction.APPROVE ? "introduction.field.approval-note" : "introduction.field.note"));
        take.setText(getTranslation(label(action)));
        take.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_CONTRAST);
        take.addThemeVariants(
                declines || action == IntroductionAction.WITHDRAW
                        ? ButtonVariant.LUMO_ERROR
                        : action == IntroductionAction.ASK_FOR_INFORMATION
                                ? ButtonVariant.LUMO_CONTRAST
                                : ButtonVariant.LUMO_PRIMARY);
    }

    private void take() {
        IntroductionAction action = step.getValue();
        long version = details.version();
        try {
            switch (action) {
                case APPROVE -> introductions.approve(id, note.getValue(), version);
                case ACCEPT -> introductions.accept(id, version);
                case ASK_FOR_INFORMATION -> introductions.askForInformation(id, text.getValue(), version);
                case RESUBMIT -> introductions.resubmit(id, text.getValue(), version);
                case DECLINE_AS_PROGRAM ->
                    introductions.declineAsProgram(id, reason.getValue(), note.getValue(), version);
                case DECLINE_AS_RECIPIENT ->
                    introductions.declineAsRecipient(id, reason.getValue(), note.getValue(), version);
                case RECORD_OUTCOME -> introductions.recordOutcome(id, outcome.getValue(), note.getValue(), version);
                case WITHDRAW -> introductions.withdraw(id, version);
            }
            Notification.show(getTranslation(done(action)), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            changed.run();
        } catch (InvalidInputException invalid) {
            error(invalid.fieldErrors().values().iterator().next());
        } catch (IllegalTransitionException refused) {
            error(refused.messageKey());
            changed.run();
        }
    }

    private void error(String key) {
        Notification notification = Notification.show(getTranslation(key), 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.addClassName("introduction-error");
    }

    private static String label(IntroductionAction action) {
        return switch (action) {
            case APPROVE -> "introduction.action.approve";
            case ACCEPT -> "introduction.action.accept";
            case ASK_FOR_INFORMATION -> "introduction.action.ask";
            case RESUBMIT -> "introduction.action.resubmit";
            case DECLINE_AS_PROGRAM, DECLINE_AS_RECIPIENT -> "introduction.action.decline";
            case RECORD_OUTCOME -> "introduction.action.record";
            case WITHDRAW -> "introduction.action.withdraw";
        };
    }

    private static String done(IntroductionAction action) {
        return switch (action) {
            case APPROVE -> "introduction.done.approved";
            case ACCEPT -> "introduction.done.accepted";
            case ASK_FOR_INFORMATION -> "introduction.done.asked";
            case RESUBMIT -> "introduction.done.resubmitted";
            case DECLINE_AS_PROGRAM, DECLINE_AS_RECIPIENT -> "introduction.done.declined";
            case RECORD_OUTCOME -> "introduction.done.recorded";
            case WITHDRAW -> "introduction.done.withdrawn";
        };
    }
}
