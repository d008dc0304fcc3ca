package org.marketaccess.portal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.search.PairFeatures;

/** Which decisions are labels (decision 031). */
class OutcomeLabelsTest {

    private static final PairFeatures MET = new PairFeatures(0.5, 1, 1, 1, true, true);
    private static final PairFeatures MISSED = new PairFeatures(0.5, 1, 1, 1, false, true);

    @Test
    void anIntroductionThatWentOnIsAPositiveGradedByHowFar() {
        assertThat(label("INTRODUCED", null, "CONTRACT_SIGNED", MET).grade()).isEqualTo(3);
        assertThat(label("INTRODUCED", null, "PILOT_AGREED", MET).grade()).isEqualTo(2);
        assertThat(label("INTRODUCED", null, "MEETING_HELD", MET).grade()).isEqualTo(1);
        OutcomeLabels.Example justIntroduced = label("INTRODUCED", null, null, MET);
        assertThat(justIntroduced.grade()).isEqualTo(1);
        assertThat(justIntroduced.weight()).isEqualTo(0.5);
        OutcomeLabels.Example noFit = label("INTRODUCED", null, "CLOSED_NO_FIT", MET);
        assertThat(noFit.positive()).isFalse();
        assertThat(noFit.weight()).isEqualTo(0.5);
    }

    @Test
    void notRelevantIsANegativeFromEitherDecider() {
        assertThat(label("DECLINED_BY_PROGRAM", "not-relevant", null, MET).positive())
                .isFalse();
        assertThat(label("DECLINED_BY_RECIPIENT", "not-relevant", null, MET).positive())
                .isFalse();
    }

    @Test
    void aRequirementReasonCountsOnlyWhereARequirementIsMissed() {
        for (String reason : new String[] {"missing-certification", "missing-integration", "too-early"}) {
            assertThat(OutcomeLabels.use(pair("DECLINED_BY_RECIPIENT", reason, null), MISSED))
                    .isEqualTo(OutcomeLabels.Use.NEGATIVE);
            assertThat(OutcomeLabels.use(pair("DECLINED_BY_RECIPIENT", reason, null), MET))
                    .isEqualTo(OutcomeLabels.Use.SET_ASIDE);
        }
    }

    @Test
    void noCapacityOtherExpiryAndWithdrawalAreNoRelevanceLabels() {
        assertThat(OutcomeLabels.use(pair("DECLINED_BY_RECIPIENT", "no-capacity", null), MET))
                .isEqualTo(OutcomeLabels.Use.CAPACITY);
        assertThat(OutcomeLabels.use(pair("DECLINED_BY_PROGRAM", "other", null), MET))
                .isEqualTo(OutcomeLabels.Use.SET_ASIDE);
        assertThat(OutcomeLabels.label(pair("EXPIRED", null, null), MET)).isEmpty();
        assertThat(OutcomeLabels.label(pair("WITHDRAWN", null, null), MET)).isEmpty();
        assertThat(OutcomeLabels.label(pair("DECLINED_BY_RECIPIENT", "no-capacity", null), MET))
                .isEmpty();
    }

    private static OutcomeLabels.Example label(String state, String reason, String outcome, PairFeatures features) {
        return OutcomeLabels.label(pair(state, reason, outcome), features).orElseThrow();
    }

    private static DecidedPair pair(String state, String reason, String outcome) {
        return new DecidedPair(
                "n", "o", true, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 9), state, reason, outcome);
    }
}
