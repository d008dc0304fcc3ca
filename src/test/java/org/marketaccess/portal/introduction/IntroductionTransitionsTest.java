package org.marketaccess.portal.introduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.introduction.internal.Introduction;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.shared.IllegalTransitionException;

/** The introduction refuses what its state does not allow, and keeps the time of each milestone. */
class IntroductionTransitionsTest {

    static final Instant T0 = Instant.parse("2026-01-01T09:00:00Z");

    @Test
    void aNewRequestCannotBeAcceptedExpiredOrGivenAnOutcome() {
        Introduction introduction = requested();
        assertThatThrownBy(() -> introduction.accept(T0.plusSeconds(60)))
                .isInstanceOf(IllegalTransitionException.class)
                .extracting(refused -> ((IllegalTransitionException) refused).messageKey())
                .isEqualTo("introduction.refused.pending_review");
        assertThatThrownBy(() -> introduction.expire(T0)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> introduction.recordOutcome(Outcome.MEETING_HELD, null, T0))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(introduction.status()).as("nothing changed").isEqualTo(IntroductionStatus.PENDING_REVIEW);
        assertThat(introduction.updatedAt()).isEqualTo(T0);
    }

    @Test
    void aClosedRequestStaysClosed() {
        Introduction introduction = requested();
        introduction.withdraw(T0.plusSeconds(60));
        assertThatThrownBy(() -> introduction.approve("pm@example.org", null, T0, T0))
                .isInstanceOf(IllegalTransitionException.class)
                .extracting(refused -> ((IllegalTransitionException) refused).messageKey())
                .isEqualTo("introduction.refused.withdrawn");
        assertThat(introduction.decidedBy()).isNull();
        assertThat(introduction.endedAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void eachMilestoneKeepsTheFirstTimeItWasReached() {
        Introduction introduction = requested();
        introduction.askForInformation("Which sites?", "pm@example.org", T0.plusSeconds(10));
        introduction.resubmit("Two sites.", T0.plusSeconds(20));
        introduction.approve("pm@example.org", null, T0.plusSeconds(30), T0.plusSeconds(1_000));
        introduction.accept(T0.plusSeconds(40));
        introduction.recordOutcome(Outcome.PILOT_AGREED, null, T0.plusSeconds(50));
        assertThatThrownBy(() -> introduction.recordOutcome(Outcome.MEETING_HELD, null, T0.plusSeconds(60)))
                .isInstanceOf(IllegalTransitionException.class)
                .extracting(refused -> ((IllegalTransitionException) refused).messageKey())
                .isEqualTo("introduction.outcome.out-of-order");
        introduction.recordOutcome(Outcome.CLOSED_NO_FIT, null, T0.plusSeconds(70));

        assertThat(introduction.approvedAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(introduction.answeredAt()).isEqualTo(T0.plusSeconds(40));
        assertThat(introduction.introducedAt()).isEqualTo(T0.plusSeconds(40));
        assertThat(introduction.endedAt()).isEqualTo(T0.plusSeconds(70));
        assertThat(introduction.takesPair())
                .as("an introduced pair stays taken")
                .isTrue();
    }

    private static Introduction requested() {
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
