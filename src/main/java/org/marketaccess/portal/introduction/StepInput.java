package org.marketaccess.portal.introduction;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.GroupSequence;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.marketaccess.portal.shared.PlainText;
import org.marketaccess.portal.shared.TextRules;

/**
 * What people type into the workflow's steps, as command records with their limits; the service
 * validates them before anything is read or changed. Text is taken stripped, and an optional note
 * that is blank counts as none. Where a step has a choice and a note, the choice is checked first.
 */
final class StepInput {

    private StepInput() {}

    /** The request's message, also when resubmitted. */
    record Message(
            @NotBlank(message = "{introduction.message.required}")
            @Size(max = IntroductionService.MESSAGE_MAX, message = "{introduction.message.size}")
            @PlainText(multiLine = true)
            String message) {

        Message {
            message = TextRules.clean(message);
        }
    }

    /** The program's question to the requester. */
    record Question(
            @NotBlank(message = "{introduction.question.required}")
            @Size(max = IntroductionService.NOTE_MAX, message = "{introduction.note.size}")
            @PlainText(multiLine = true)
            String question) {

        Question {
            question = TextRules.clean(question);
        }
    }

    /** The program's note to an approval. */
    record Note(
            @Size(max = IntroductionService.NOTE_MAX, message = "{introduction.note.size}") @PlainText(multiLine = true)
            String note) {

        Note {
            note = TextRules.clean(note);
        }
    }

    /** A decline: the reason, and a note that "other" needs. */
    @GroupSequence({ChoiceFirst.class, Decline.class})
    @NoteForOther
    record Decline(
            @NotNull(message = "{introduction.reason.required}", groups = ChoiceFirst.class)
            DeclineReason reason,

            @Size(max = IntroductionService.NOTE_MAX, message = "{introduction.note.size}") @PlainText(multiLine = true)
            String note) {

        Decline {
            note = TextRules.clean(note);
        }
    }

    /** What became of an introduction, with a note. */
    @GroupSequence({ChoiceFirst.class, OutcomeNote.class})
    record OutcomeNote(
            @NotNull(message = "{introduction.outcome.required}", groups = ChoiceFirst.class)
            Outcome outcome,

            @Size(max = IntroductionService.NOTE_MAX, message = "{introduction.note.size}") @PlainText(multiLine = true)
            String note) {

        OutcomeNote {
            note = TextRules.clean(note);
        }
    }

    /** The group checked before the others: the reason or outcome chosen. */
    interface ChoiceFirst {}

    /** A decline for "other" reasons says why, in its note. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = NoteForOtherValidator.class)
    @interface NoteForOther {
        String message() default "{introduction.note.required-for-other}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class NoteForOtherValidator implements ConstraintValidator<NoteForOther, Decline> {

        @Override
        public boolean isValid(Decline decline, ConstraintValidatorContext context) {
            if (decline.reason() != DeclineReason.OTHER || decline.note() != null) {
                return true;
            }
            // shown at the note, where it is to be written
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("note")
                    .addConstraintViolation();
            return false;
        }
    }
}
