package org.marketaccess.portal.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.introduction.DeclineReason;
import org.marketaccess.portal.introduction.IntroductionId;
import org.marketaccess.portal.introduction.IntroductionService;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.search.MatchEngine;
import org.marketaccess.portal.search.ScoreWeights;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.Members;
import org.marketaccess.portal.testing.Postings;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Relearning the weights from the program's decisions through the service, and the history export (decision 031). */
@IntegrationTest
class RankingWeightsServiceIT {

    static final String PM = TestData.DEMO_PROGRAM_MANAGER;

    @Autowired
    RankingWeightsService weights;

    @Autowired
    IntroductionService introductions;

    @Autowired
    NeedService needs;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    MatchEngine engine;

    @Autowired
    Members members;

    @Autowired
    ActAs actAs;

    @AfterEach
    void designWeightsAgainForTheOtherTests() {
        engine.use(ScoreWeights.DESIGN);
    }

    @Test
    void aRelearnStoresANewVersionThatRankingUsesAndSaysWhatItLearnedFrom() {
        String word = TestData.unique("l").replace("-", "");
        String startup = members.member(OrganizationType.STARTUP, true);
        String provider = members.member(OrganizationType.PROVIDER, true);
        NeedId need = actAs.user(startup, () -> {
            NeedId id = needs.create(Postings.need("COPD monitoring " + word));
            needs.publish(id, needs.find(id).orElseThrow().version());
            return id;
        });
        OpportunityId opportunity = actAs.user(provider, () -> {
            OpportunityId id = opportunities.create(Postings.opportunity("COPD pilot " + word, null, false));
            opportunities.publish(id, opportunities.find(id).orElseThrow().version());
            return id;
        });
        IntroductionId request = actAs.user(startup, () -> introductions.request(need, opportunity, "Meet? " + word));
        actAs.user(
                PM,
                () -> introductions.declineAsProgram(
                        request,
                        DeclineReason.NOT_RELEVANT,
                        null,
                        introductions.details(request).orElseThrow().version()));

        LearnedWeights before = actAs.user(PM, () -> weights.current());
        LearnedWeights learned = actAs.user(PM, () -> weights.relearn());
        assertThat(learned.version()).isEqualTo(before.version() + 1);
        assertThat(learned.requestedBy()).isEqualTo(PM);
        assertThat(learned.negatives()).isPositive();
        assertThat(learned.labels()).isEqualTo(learned.positives() + learned.negatives());
        assertThat(engine.weights()).isEqualTo(learned.weights());
        if (!learned.learned()) {
            assertThat(learned.weights()).isEqualTo(ScoreWeights.DESIGN);
        }
        assertThat(actAs.user(TestData.DEMO_ADMIN, () -> weights.current())).isEqualTo(learned);

        StringWriter history = new StringWriter();
        actAs.user(PM, () -> {
            try {
                weights.exportHistory(history);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(history.toString())
                .contains("{\"needId\":\"" + need + "\",\"opportunityId\":\"" + opportunity
                        + "\",\"requestedBy\":\"need\"")
                .contains("\"state\":\"DECLINED_BY_PROGRAM\",\"reason\":\"not-relevant\",\"outcome\":null}");
    }

    @Test
    void onlyTheProgramExportsTheHistoryAndMembersNeitherSeeNorRelearn() {
        String startup = members.member(OrganizationType.STARTUP, true);
        assertThatThrownBy(() -> actAs.user(startup, () -> weights.relearn()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actAs.user(startup, () -> weights.current()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actAs.user(TestData.DEMO_ADMIN, () -> {
                    try {
                        weights.exportHistory(new StringWriter());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }))
                .isInstanceOf(AccessDeniedException.class);
    }
}
