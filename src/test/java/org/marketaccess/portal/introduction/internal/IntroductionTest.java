package org.marketaccess.portal.introduction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.introduction.DeclineReason;
import org.marketaccess.portal.introduction.IntroductionAction;
import org.marketaccess.portal.introduction.IntroductionStatus;
import org.marketaccess.portal.introduction.Outcome;
import org.marketaccess.portal.introduction.Party;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.shared.IllegalTransitionException;

/**
 * The introduction guards its own workflow: every change its state does not allow is refused with
 * the state's message, a refused change leaves every field as it was, and each party is offered
 * exactly the steps of DESIGN.md's workflow.
 */
class IntroductionTest {

    static final Instant T0 = Instant.parse("2026-01-01T09:00:00Z");
    static final Instant LATER = T0.plus(Duration.ofDays(30));
    static final String PM = "pm@example.org";

    /** Each change of the aggregate and the states DESIGN.md's workflow allows it from. */
    static final Map<String, Set<IntroductionStatus>> ALLOWED_FROM = new LinkedHashMap<>();

    static final Map<String, Consumer<Introduction>> CHANGES = new LinkedHashMap<>();

    static {
        change(
                "resubmit",
                introduction -> introduction.resubmit("Two sites now.", LATER),
                IntroductionStatus.NEEDS_INFO);
        change(
                "ask for information",
                introduction -> introduction.askForInformation("Which sites?", "other-pm@example.org", LATER),
                IntroductionStatus.PENDING_REVIEW);
        change(
                "approve",
                introduction -> introduction.approve("other-pm@example.org", "Go ahead", LATER, LATER.plusSeconds(9)),
                IntroductionStatus.PENDING_REVIEW);
        change(
                "decline as program",
                introduction -> introduction.decline(
                        IntroductionStatus.DECLINED_BY_PROGRAM,
                        DeclineReason.TOO_EARLY,
                        "Later",
                        "x@example.org",
                        LATER),
                IntroductionStatus.PENDING_REVIEW,
                IntroductionStatus.NEEDS_INFO);
        change("accept", introduction -> introduction.accept(LATER), IntroductionStatus.AWAITING_RESPONSE);
        change(
                "decline as recipient",
                introduction -> introduction.decline(
                        IntroductionStatus.DECLINED_BY_RECIPIENT, DeclineReason.NO_CAPACITY, "Full", null, LATER),
                IntroductionStatus.AWAITING_RESPONSE);
        change(
                "withdraw",
                introduction -> introduction.withdraw(LATER),
                IntroductionStatus.PENDING_REVIEW,
                IntroductionStatus.NEEDS_INFO,
                IntroductionStatus.AWAITING_RESPONSE);
        change("expire", introduction -> introduction.expire(LATER), IntroductionStatus.AWAITING_RESPONSE);
        change("remind", introduction -> introduction.reminded(LATER), IntroductionStatus.AWAITING_RESPONSE);
        change(
                "record an outcome",
                introduction -> introduction.recordOutcome(Outcome.MEETING_HELD, "Met", LATER),
                IntroductionStatus.INTRODUCED);
    }

    private static void change(String name, Consumer<Introduction> change, IntroductionStatus... from) {
        CHANGES.put(name, change);
        ALLOWED_FROM.put(name, EnumSet.copyOf(Arrays.asList(from)));
    }

    @Test
    void everyChangeTheStateDoesNotAllowIsRefusedAndChangesNothing() {
        List<String> wrong = new ArrayList<>();
        int refused = 0;
        for (IntroductionStatus state : IntroductionStatus.values()) {
            for (var change : CHANGES.entrySet()) {
                if (ALLOWED_FROM.get(change.getKey()).contains(state)) {
                    continue;
                }
                String what = change.getKey() + " from " + state;
                Introduction introduction = in(state);
                List<Object> before = fields(introduction);
                try {
                    change.getValue().accept(introduction);
                    wrong.add(what + ": accepted");
                } catch (IllegalTransitionException expected) {
                    refused++;
                    String key = "introduction.refused." + state.name().toLowerCase(Locale.ROOT);
                    if (!expected.messageKey().equals(key)) {
                        wrong.add(what + ": refused with " + expected.messageKey());
                    }
                }
                if (!fields(introduction).equals(before)) {
                    wrong.add(what + ": changed " + before + " to " + fields(introduction));
                }
            }
        }
        assertThat(wrong).as("changes the state does not allow").isEmpty();
        int allowed = ALLOWED_FROM.values().stream().mapToInt(Set::size).sum();
        assertThat(refused).isEqualTo(IntroductionStatus.values().length * CHANGES.size() - allowed);
    }

    @Test
    void everyChangeTheStateAllowsIsTaken() {
        for (var change : CHANGES.entrySet()) {
            for (IntroductionStatus state : ALLOWED_FROM.get(change.getKey())) {
                Introduction introduction = in(state);
                change.getValue().accept(introduction);
                assertThat(fields(introduction))
                        .as(change.getKey() + " from " + state)
                        .isNotEqualTo(fields(in(state)));
            }
        }
    }

    @Test
    void approvingADeclinedIntroductionIsRefusedAndLeavesItDeclined() {
        Introduction introduction = in(IntroductionStatus.DECLINED_BY_PROGRAM);
        assertThatThrownBy(() -> introduction.approve(PM, "Changed my mind", LATER, LATER.plusSeconds(60)))
                .isInstanceOf(IllegalTransitionException.class)
                .extracting(thrown -> ((IllegalTransitionException) thrown).messageKey())
                .isEqualTo("introduction.refused.declined_by_program");
        assertThat(introduction.status()).isEqualTo(IntroductionStatus.DECLINED_BY_PROGRAM);
        assertThat(introduction.programNote()).isNull();
        assertThat(introduction.expiresAt()).isNull();
    }

    @Test
    void askingAClosedRequestForInformationKeepsItsQuestionAndDecider() {
        Introduction introduction = in(IntroductionStatus.WITHDRAWN);
        assertThatThrownBy(() -> introduction.askForInformation("Which sites?", PM, LATER))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(introduction.infoRequest()).isNull();
        assertThat(introduction.decidedBy()).isNull();
    }

    @Test
    void aRecipientIsRemindedOnceAndOnlyWhileItsAnswerIsAwaited() {
        Introduction introduction = in(IntroductionStatus.AWAITING_RESPONSE);
        introduction.reminded(LATER);
        assertThatThrownBy(() -> introduction.reminded(LATER.plusSeconds(1)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(introduction.remindedAt()).isEqualTo(LATER);
    }

    @Test
    void eachPartyMayTakeTheStepsOfDesignsWorkflowAndNoOthers() {
        Map<Party, Map<IntroductionStatus, Set<IntroductionAction>>> expected = Map.of(
                Party.REQUESTER,
                Map.of(
                        IntroductionStatus.PENDING_REVIEW, Set.of(IntroductionAction.WITHDRAW),
                        IntroductionStatus.NEEDS_INFO, Set.of(IntroductionAction.RESUBMIT, IntroductionAction.WITHDRAW),
                        IntroductionStatus.AWAITING_RESPONSE, Set.of(IntroductionAction.WITHDRAW),
                        IntroductionStatus.INTRODUCED, Set.of(IntroductionAction.RECORD_OUTCOME)),
                Party.RECIPIENT,
                Map.of(
                        IntroductionStatus.AWAITING_RESPONSE,
                        Set.of(IntroductionAction.ACCEPT, IntroductionAction.DECLINE_AS_RECIPIENT),
                        IntroductionStatus.INTRODUCED,
                        Set.of(IntroductionAction.RECORD_OUTCOME)),
                Party.PROGRAM,
                Map.of(
                        IntroductionStatus.PENDING_REVIEW,
                        Set.of(
                                IntroductionAction.APPROVE,
                                IntroductionAction.DECLINE_AS_PROGRAM,
                                IntroductionAction.ASK_FOR_INFORMATION),
                        IntroductionStatus.NEEDS_INFO,
                        Set.of(IntroductionAction.DECLINE_AS_PROGRAM),
                        IntroductionStatus.INTRODUCED,
                        Set.of(IntroductionAction.RECORD_OUTCOME)));
        for (Party party : Party.values()) {
            for (IntroductionStatus state : IntroductionStatus.values()) {
                assertThat(in(state).actions(party))
                        .as(party + " in " + state)
                        .isEqualTo(expected.get(party).getOrDefault(state, Set.of()));
            }
        }
    }

    @Test
    void aStepRefusedToAPartySaysWhetherItIsEverTheirs() {
        Introduction introduction = in(IntroductionStatus.PENDING_REVIEW);
        introduction.check(Party.PROGRAM, IntroductionAction.APPROVE);
        assertRefused(() -> introduction.check(Party.REQUESTER, IntroductionAction.APPROVE), "not-your-step");
        assertRefused(() -> introduction.check(Party.REQUESTER, IntroductionAction.RESUBMIT), "pending_review");
        assertRefused(() -> introduction.check(Party.PROGRAM, IntroductionAction.RECORD_OUTCOME), "pending_review");
        assertThat(introduction.status()).isEqualTo(IntroductionStatus.PENDING_REVIEW);
    }

    @Test
    void nothingIsRecordedAfterTheLastOutcome() {
        Introduction introduction = in(IntroductionStatus.INTRODUCED);
        introduction.recordOutcome(Outcome.CONTRACT_SIGNED, null, LATER);
        for (Party party : Party.values()) {
            assertThat(introduction.actions(party)).isEmpty();
            assertRefused(() -> introduction.check(party, IntroductionAction.RECORD_OUTCOME), "introduced");
        }
    }

    @Test
    void theSweepFindsWhatIsDue() {
        Introduction introduction = in(IntroductionStatus.AWAITING_RESPONSE);
        Instant answerBy = introduction.expiresAt();
        assertThat(introduction.dueForReminder(answerBy.minusSeconds(1))).isFalse();
        assertThat(introduction.dueForReminder(answerBy)).isTrue();
        assertThat(introduction.dueForExpiry(answerBy.minusSeconds(1))).isFalse();
        assertThat(introduction.dueForExpiry(answerBy)).isTrue();
        introduction.reminded(answerBy);
        assertThat(introduction.dueForReminder(answerBy)).as("reminded once").isFalse();
        introduction.accept(answerBy);
        assertThat(introduction.dueForExpiry(answerBy.plusSeconds(60)))
                .as("answered")
                .isFalse();
    }

    private static void assertRefused(ThrowingCallable step, String state) {
        assertThatThrownBy(step)
                .isInstanceOf(IllegalTransitionException.class)
                .extracting(thrown -> ((IllegalTransitionException) thrown).messageKey())
                .isEqualTo("introduction.refused." + state);
    }

    /** A request brought into {@code state} the way the workflow gets there, a second per step. */
    static Introduction in(IntroductionStatus state) {
        Introduction introduction = new Introduction(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Need",
                "Opportunity",
                OrganizationType.STARTUP,
                UUID.randomUUID(),
                "Startup",
                true,
                UUID.randomUUID(),
                "Provider",
                false,
                "someone@example.org",
                "Hello",
                50.0,
                T0);
        Instant t1 = T0.plusSeconds(1);
        Instant t2 = T0.plusSeconds(2);
        switch (state) {
            case PENDING_REVIEW -> {}
            case NEEDS_INFO -> introduction.askForInformation("Which sites?", PM, t1);
            case AWAITING_RESPONSE -> introduction.approve(PM, null, t1, t1.plus(Duration.ofDays(14)));
            case INTRODUCED -> {
                introduction.approve(PM, null, t1, t1.plus(Duration.ofDays(14)));
                introduction.accept(t2);
            }
            case DECLINED_BY_PROGRAM ->
                introduction.decline(IntroductionStatus.DECLINED_BY_PROGRAM, DeclineReason.NOT_RELEVANT, null, PM, t1);
            case DECLINED_BY_RECIPIENT -> {
                introduction.approve(PM, null, t1, t1.plus(Duration.ofDays(14)));
                introduction.decline(IntroductionStatus.DECLINED_BY_RECIPIENT, DeclineReason.OTHER, "No", null, t2);
            }
            case EXPIRED -> {
                introduction.approve(PM, null, t1, t1.plus(Duration.ofDays(14)));
                introduction.expire(t2);
            }
            case WITHDRAWN -> introduction.withdraw(t1);
        }
        assertThat(introduction.status()).isEqualTo(state);
        return introduction;
    }

    /** Everything a change may touch. */
    static List<Object> fields(Introduction introduction) {
        return Arrays.asList(
                introduction.status(),
                introduction.message(),
                introduction.infoRequest(),
                introduction.declineReason(),
                introduction.declineNote(),
                introduction.decidedBy(),
                introduction.programNote(),
                introduction.outcome(),
                introduction.outcomeNote(),
                introduction.updatedAt(),
                introduction.expiresAt(),
                introduction.remindedAt(),
                introduction.approvedAt(),
                introduction.answeredAt(),
                introduction.introducedAt(),
                introduction.endedAt(),
                introduction.takesPair());
    }
}
