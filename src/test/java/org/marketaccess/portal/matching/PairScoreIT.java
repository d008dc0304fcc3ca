package org.marketaccess.portal.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.need.NeedSummary;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.opportunity.OpportunitySummary;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.search.Facet;
import org.marketaccess.portal.search.PairScore;
import org.marketaccess.portal.shared.PostingStatus;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.Members;
import org.marketaccess.portal.testing.Postings;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * One meaning per score: over every pair of the demo startup's and the demo provider's published
 * postings, the startup, the provider and the program manager see the same number for the same
 * side's view of the pair, in the match and in the lists; and publishing other postings does not
 * move it. Searches claim no score at all.
 */
@IntegrationTest
class PairScoreIT {

    @Autowired
    MatchingService matching;

    @Autowired
    NeedService needs;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    Members members;

    @Autowired
    ActAs actAs;

    @Test
    void everyoneSeesTheSameNumberForTheSameViewAndOtherPostingsDoNotMoveIt() {
        List<NeedId> startupNeeds = actAs.user(
                TestData.DEMO_STARTUP, () -> needs.mine(Set.of(PostingStatus.PUBLISHED), PageRequest.of(0, 50)).stream()
                        .map(NeedSummary::id)
                        .toList());
        List<OpportunityId> providerOpportunities = actAs.user(
                TestData.DEMO_PROVIDER,
                () -> opportunities.mine(Set.of(PostingStatus.PUBLISHED), PageRequest.of(0, 50)).stream()
                        .map(OpportunitySummary::id)
                        .toList());
        assertThat(startupNeeds).hasSizeGreaterThanOrEqualTo(3);
        assertThat(providerOpportunities).hasSizeGreaterThanOrEqualTo(3);

        Map<String, PairScore> before = views(startupNeeds, providerOpportunities);
        assertThat(before.values()).anyMatch(views -> views.fromNeed() > 0);

        // other organizations publish postings in the same words: the pairs keep their numbers
        String startup = members.member(OrganizationType.STARTUP, true);
        String provider = members.member(OrganizationType.PROVIDER, true);
        for (int i = 0; i < 3; i++) {
            int n = i;
            actAs.user(startup, () -> {
                NeedId id = needs.create(Postings.need(
                        "Heart failure remote monitoring after discharge " + n,
                        "Remote monitoring of heart failure and COPD patients at home, nurse triage. " + n,
                        false));
                needs.publish(id, needs.find(id).orElseThrow().version());
            });
            actAs.user(provider, () -> {
                OpportunityId id = opportunities.create(
                        Postings.opportunity("Hospital at home with remote vitals " + n, null, false));
                opportunities.publish(id, opportunities.find(id).orElseThrow().version());
            });
        }
        // the index has them (updated after commit)
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(actAs.user(
                                    TestData.DEMO_PROGRAM_MANAGER,
                                    () -> matching.findOpportunities("remote vitals", Map.of(), 50))
                            .cards())
                    .extracting(ResultCard::title)
                    .contains("Hospital at home with remote vitals 2");
            assertThat(actAs.user(
                                    TestData.DEMO_PROGRAM_MANAGER,
                                    () -> matching.findInnovations("nurse triage", Map.of(), 50))
                            .cards())
                    .extracting(ResultCard::title)
                    .contains("Heart failure remote monitoring after discharge 2");
        });

        assertThat(views(startupNeeds, providerOpportunities)).isEqualTo(before);
    }

    @Test
    void aSearchOrdersByTheTypedWordsAndClaimsNoFit() {
        SearchPage page = actAs.user(
                TestData.DEMO_STARTUP,
                () -> matching.findOpportunities("heart failure", Map.of(Facet.REGION, Set.of("massachusetts")), 20));
        assertThat(page.cards()).isNotEmpty();
        assertThat(page.cards()).allSatisfy(card -> {
            assertThat(card.score()).isNull();
            assertThat(card.otherView()).isNull();
        });
    }

    /** Each pair as the three see it; asserts they agree, and returns the program's two views. */
    private Map<String, PairScore> views(List<NeedId> startupNeeds, List<OpportunityId> providerOpportunities) {
        Map<String, PairScore> all = new LinkedHashMap<>();
        for (NeedId need : startupNeeds) {
            Map<String, ResultCard> startupList =
                    cards(actAs.user(TestData.DEMO_STARTUP, () -> matching.opportunitiesForNeed(need, 50)));
            for (OpportunityId opportunity : providerOpportunities) {
                MatchDetail program = actAs.user(TestData.DEMO_PROGRAM_MANAGER, () -> matching.match(need, opportunity))
                        .orElseThrow();
                MatchDetail asStartup = actAs.user(TestData.DEMO_STARTUP, () -> matching.match(need, opportunity))
                        .orElseThrow();
                MatchDetail asProvider = actAs.user(TestData.DEMO_PROVIDER, () -> matching.match(need, opportunity))
                        .orElseThrow();
                String pair = need + "/" + opportunity;
                PairScore views = program.views();
                assertThat(asStartup.score()).as(pair + " startup").isEqualTo(views.fromNeed());
                assertThat(asProvider.score()).as(pair + " provider").isEqualTo(views.fromOpportunity());
                assertThat(asStartup.views())
                        .as(pair + " both views")
                        .isEqualTo(views)
                        .isEqualTo(asProvider.views());
                if (!views.differs()) {
                    assertThat(Math.round(asStartup.score()))
                            .as(pair + " one number for all")
                            .isEqualTo(Math.round(asProvider.score()));
                }
                ResultCard listed = startupList.get(opportunity.toString());
                if (listed != null) {
                    assertThat(listed.score())
                            .as(pair + " in the startup's list")
                            .isEqualTo(views.fromNeed());
                }
                all.put(pair, views);
            }
        }
        return all;
    }

    private static Map<String, ResultCard> cards(List<ResultCard> list) {
        Map<String, ResultCard> byId = new LinkedHashMap<>();
        list.forEach(card -> byId.put(card.id(), card));
        return byId;
    }
}
