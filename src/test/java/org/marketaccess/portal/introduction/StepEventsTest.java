package org.marketaccess.portal.introduction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.introduction.IntroductionEvents.Change;
import org.marketaccess.portal.introduction.IntroductionEvents.IntroductionChanged;
import org.marketaccess.portal.introduction.internal.Introduction;
import org.marketaccess.portal.organization.OrganizationType;

/** Each step's event says what the step took: the states or outcomes, the reason, the note. */
class StepEventsTest {

    static final Instant T0 = Instant.parse("2026-01-01T09:00:00Z");

    @Test
    void aDeclineCarriesItsReasonCodeAndNote() {
        Introduction introduction = requested();
        String before = StepEvents.stateOf(introduction, Change.DECLINED_BY_PROGRAM);
        introduction.decline(
                IntroductionStatus.DECLINED_BY_PROGRAM, DeclineReason.TOO_EARLY, "Next year", "pm@x.org", T0);
        IntroductionChanged event = StepEvents.changed(introduction, Change.DECLINED_BY_PROGRAM, before, Party.PROGRAM);
        assertThat(event.before()).isEqualTo("PENDING_REVIEW");
        assertThat(event.after()).isEqualTo("DECLINED_BY_PROGRAM");
        assertThat(event.reason()).isEqualTo("too-early");
        assertThat(event.note()).isEqualTo("Next year");
        assertThat(event.actor()).isEqualTo(Party.PROGRAM);
    }

    @Test
    void anApprovalCarriesTheProgramsNoteAndAQuestionItself() {
        Introduction introduction = requested();
        introduction.askForInformation("Which sites?", "pm@x.org", T0);
        assertThat(StepEvents.changed(introduction, Change.INFORMATION_REQUESTED, "PENDING_REVIEW", Party.PROGRAM)
                        .note())
                .isEqualTo("Which sites?");
        introduction.resubmit("Two sites.", T0);
        IntroductionChanged resubmitted =
                StepEvents.changed(introduction, Change.RESUBMITTED, "NEEDS_INFO", Party.REQUESTER);
        assertThat(resubmitted.note())
                .as("a resubmission's message is not a note")
                .isNull();
        assertThat(resubmitted.reason()).isNull();
        introduction.approve("pm@x.org", "Good fit", T0, T0.plusSeconds(60));
        assertThat(StepEvents.changed(introduction, Change.APPROVED, "PENDING_REVIEW", Party.PROGRAM)
                        .note())
                .isEqualTo("Good fit");
    }

    @Test
    void anOutcomesBeforeAndAfterAreOutcomesStartingFromIntroduced() {
        Introduction introduction = requested();
        introduction.approve("pm@x.org", null, T0, T0.plusSeconds(60));
        introduction.accept(T0);
        String before = StepEvents.stateOf(introduction, Change.OUTCOME_RECORDED);
        introduction.recordOutcome(Outcome.MEETING_HELD, "Met", T0);
        IntroductionChanged first = StepEvents.changed(introduction, Change.OUTCOME_RECORDED, before, Party.REQUESTER);
        assertThat(first.before()).isEqualTo("INTRODUCED");
        assertThat(first.after()).isEqualTo("MEETING_HELD");
        assertThat(first.note()).isEqualTo("Met");
        assertThat(StepEvents.stateOf(introduction, Change.OUTCOME_RECORDED)).isEqualTo("MEETING_HELD");
    }

    @Test
    void eachActionIsItsPastTenseChange() {
        for (IntroductionAction action : IntroductionAction.values()) {
            assertThat(StepEvents.changeOf(action)).isNotNull();
        }
        assertThat(StepEvents.changeOf(IntroductionAction.ASK_FOR_INFORMATION)).isEqualTo(Change.INFORMATION_REQUESTED);
        assertThat(StepEvents.changeOf(IntroductionAction.RECORD_OUTCOME)).isEqualTo(Change.OUTCOME_RECORDED);
    }

    static Introduction requested() {
        return new Introduction(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Need",
                "Opportunity",
                OrganizationType.STARTUP,
                UUID.randomUUID(),
                "Startup",
                false,
                UUID.randomUUID(),
                "Provider",
                false,
                "someone@example.org",
                "Hello",
                50.0,
                T0);
    }
}
