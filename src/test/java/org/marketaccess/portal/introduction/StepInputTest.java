package org.marketaccess.portal.introduction;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.shared.Violations;

/** The limits of what people type into a step, with the messages the forms show at each field. */
class StepInputTest {

    static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    static final Validator VALIDATOR = FACTORY.getValidator();
    static final String TOO_LONG = "x".repeat(2_001);

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void aMessageIsRequiredAndAtMostTwoThousandCharactersOnceStripped() {
        assertThat(problems(new StepInput.Message(null)))
                .containsExactly(entry("message", "introduction.message.required"));
        assertThat(problems(new StepInput.Message(" \n")))
                .containsExactly(entry("message", "introduction.message.required"));
        assertThat(problems(new StepInput.Message(TOO_LONG)))
                .containsExactly(entry("message", "introduction.message.size"));
        assertThat(problems(new StepInput.Message("  " + "x".repeat(2_000) + "  ")))
                .isEmpty();
        assertThat(new StepInput.Message("  Hello  ").message()).isEqualTo("Hello");
    }

    @Test
    void aQuestionIsRequiredAndAsLongAsANote() {
        assertThat(problems(new StepInput.Question("")))
                .containsExactly(entry("question", "introduction.question.required"));
        assertThat(problems(new StepInput.Question(TOO_LONG)))
                .containsExactly(entry("question", "introduction.note.size"));
    }

    @Test
    void aBlankNoteIsNoNote() {
        assertThat(new StepInput.Note("   ").note()).isNull();
        assertThat(problems(new StepInput.Note(null))).isEmpty();
        assertThat(problems(new StepInput.Note(TOO_LONG))).containsExactly(entry("note", "introduction.note.size"));
    }

    @Test
    void aDeclineNeedsAReasonFirstAndANoteForOther() {
        assertThat(problems(new StepInput.Decline(null, TOO_LONG)))
                .as("the reason is asked for first, alone")
                .containsExactly(entry("reason", "introduction.reason.required"));
        assertThat(problems(new StepInput.Decline(DeclineReason.OTHER, " ")))
                .containsExactly(entry("note", "introduction.note.required-for-other"));
        assertThat(problems(new StepInput.Decline(DeclineReason.OTHER, TOO_LONG)))
                .containsExactly(entry("note", "introduction.note.size"));
        assertThat(problems(new StepInput.Decline(DeclineReason.TOO_EARLY, null)))
                .isEmpty();
        assertThat(problems(new StepInput.Decline(DeclineReason.OTHER, "No budget this year")))
                .isEmpty();
    }

    @Test
    void anOutcomeIsChosenFirst() {
        assertThat(problems(new StepInput.OutcomeNote(null, TOO_LONG)))
                .containsExactly(entry("outcome", "introduction.outcome.required"));
        assertThat(problems(new StepInput.OutcomeNote(Outcome.MEETING_HELD, TOO_LONG)))
                .containsExactly(entry("note", "introduction.note.size"));
        assertThat(problems(new StepInput.OutcomeNote(Outcome.MEETING_HELD, null)))
                .isEmpty();
    }

    private static Map<String, String> problems(Object input) {
        return Violations.of(VALIDATOR, input);
    }

    private static Map.Entry<String, String> entry(String field, String key) {
        return Map.entry(field, key);
    }
}
