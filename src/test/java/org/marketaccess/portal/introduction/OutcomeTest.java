package org.marketaccess.portal.introduction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutcomeTest {

    @Test
    void anyOutcomeMayComeFirst() {
        for (Outcome outcome : Outcome.values()) {
            assertThat(outcome.mayFollow(null)).isTrue();
        }
    }

    @Test
    void outcomesMoveForwardOnlyAndMaySkipAStep() {
        assertThat(Outcome.PILOT_AGREED.mayFollow(Outcome.MEETING_HELD)).isTrue();
        assertThat(Outcome.CONTRACT_SIGNED.mayFollow(Outcome.MEETING_HELD)).isTrue();
        assertThat(Outcome.MEETING_HELD.mayFollow(Outcome.PILOT_AGREED)).isFalse();
        assertThat(Outcome.PILOT_AGREED.mayFollow(Outcome.PILOT_AGREED)).isFalse();
    }

    @Test
    void noFitEndsAnythingBeforeAContractAndNothingFollowsTheEnd() {
        assertThat(Outcome.CLOSED_NO_FIT.mayFollow(Outcome.PILOT_COMPLETED)).isTrue();
        for (Outcome next : Outcome.values()) {
            assertThat(next.mayFollow(Outcome.CONTRACT_SIGNED)).isFalse();
            assertThat(next.mayFollow(Outcome.CLOSED_NO_FIT)).isFalse();
        }
    }
}
