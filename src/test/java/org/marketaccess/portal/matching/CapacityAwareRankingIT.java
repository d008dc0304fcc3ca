package org.marketaccess.portal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.introduction.IntroductionId;
import org.marketaccess.portal.introduction.IntroductionService;
import org.marketaccess.portal.introduction.IntroductionStatus;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.Members;
import org.marketaccess.portal.testing.Postings;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Capacity-aware ranking through the real services (decision 031): once many approved requests wait
 * for a provider's answer, its opportunity moves down a startup's list, stays in it with its own
 * score, and says why.
 */
@IntegrationTest
class CapacityAwareRankingIT {

    static final String PM = TestData.DEMO_PROGRAM_MANAGER;

    @Autowired
    MatchingService matching;

    @Autowired
    IntroductionService introductions;

    @Autowired
    NeedService needs;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    Members members;

    @Autowired
    ActAs actAs;

    String word;
    String startup;
    String busyProvider;
    String freeProvider;

    @BeforeEach
    void organizations() {
        word = "zq" + TestData.unique("c").replaceAll("[^a-z0-9]", "");
        startup = members.member(OrganizationType.STARTUP, true);
        busyProvider = members.member(OrganizationType.PROVIDER, true);
        freeProvider = members.member(OrganizationType.PROVIDER, true);
    }

    @Test
    void aProviderWithManyOpenRequestsMovesDownButStaysListed() {
        OpportunityId busy = publishOpportunity(busyProvider, "COPD readmissions pilot " + word);
        OpportunityId free = publishOpportunity(freeProvider, "COPD readmissions pilot " + word + " wards");
        NeedId need = publishNeed(startup, "COPD readmissions home monitoring " + word);
        MatchingServiceIT.await(() -> ids(list(need)).containsAll(List.of(busy.toString(), free.toString())));
        List<ResultCard> before = list(need);
        assertThat(ids(before).indexOf(busy.toString()))
                .as("the busy provider's opportunity fits better and comes first while nobody waits")
                .isLessThan(ids(before).indexOf(free.toString()));
        double busyScore = card(before, busy).score();
        assertThat(card(before, busy).awaitingAnswers()).isZero();

        // twelve approved requests from another startup's needs now wait for the busy provider's answer
        String other = members.member(OrganizationType.STARTUP, true);
        for (int i = 0; i < 12; i++) {
            NeedId asking = publishNeed(other, "Asking need " + i + " " + word);
            IntroductionId request =
                    actAs.user(other, () -> introductions.request(asking, busy, "We would like to meet " + word));
            actAs.user(PM, () -> introductions.approve(request, version(request)));
            assertThat(actAs.user(PM, () -> introductions.details(request))
                            .orElseThrow()
                            .status())
                    .isEqualTo(IntroductionStatus.AWAITING_RESPONSE);
        }

        List<ResultCard> after = list(need);
        assertThat(ids(after)).as("lowered, never hidden").contains(busy.toString(), free.toString());
        assertThat(ids(after).indexOf(busy.toString())).isGreaterThan(ids(after).indexOf(free.toString()));
        ResultCard lowered = card(after, busy);
        assertThat(lowered.score())
                .as("the score shown is still the pair's own")
                .isEqualTo(busyScore);
        assertThat(lowered.awaitingAnswers()).isEqualTo(12);
        assertThat(card(after, free).awaitingAnswers()).isZero();
        assertThat(actAs.user(PM, () -> matching.opportunitiesForNeed(need, 20)))
                .as("the program sees the same order")
                .extracting(ResultCard::id)
                .containsSubsequence(free.toString(), busy.toString());
    }

    private List<ResultCard> list(NeedId need) {
        return actAs.user(startup, () -> matching.opportunitiesForNeed(need, 20));
    }

    private static List<String> ids(List<ResultCard> cards) {
        return cards.stream().map(ResultCard::id).toList();
    }

    private static ResultCard card(List<ResultCard> cards, OpportunityId id) {
        return cards.stream()
                .filter(card -> card.id().equals(id.toString()))
                .findFirst()
                .orElseThrow();
    }

    private long version(IntroductionId id) {
        return actAs.user(PM, () -> introductions.details(id)).orElseThrow().version();
    }

    private NeedId publishNeed(String who, String title) {
        return actAs.user(who, () -> {
            NeedId id = needs.create(Postings.need(title, "Home monitoring of COPD patients. " + word, false));
            needs.publish(id, needs.find(id).orElseThrow().version());
            return id;
        });
    }

    private OpportunityId publishOpportunity(String who, String title) {
        return actAs.user(who, () -> {
            OpportunityId id = opportunities.create(Postings.opportunity(title, null, false));
            opportunities.publish(id, opportunities.find(id).orElseThrow().version());
            return id;
        });
    }
}
