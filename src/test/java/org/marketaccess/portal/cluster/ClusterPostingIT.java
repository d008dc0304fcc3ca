package org.marketaccess.portal.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.opportunity.OpportunitySummary;
import org.marketaccess.portal.organization.DirectoryQuery;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.testing.IntegrationTest;
import org.springframework.data.domain.PageRequest;

/**
 * A shared posting reaches partner clusters, a kept one stays inside its cluster in matching, search,
 * browsing, requests and the directory (decision 028); the demo shows all three clusters.
 */
@IntegrationTest
class ClusterPostingIT extends ClusterTestBase {

    @Test
    void aSharedPostingIsMatchedAcrossPartnerClustersAKeptOneIsNotAndNothingLeaksIt() {
        OpportunityId shared = publish(cataloniaProvider, "Shared heart failure pilot " + word, false);
        OpportunityId kept = publish(cataloniaProvider, "Kept heart failure pilot " + word, true);
        NeedId massNeed = publish(massStartup, "Heart failure monitoring " + word);
        NeedId cataloniaNeed = publish(cataloniaStartup, "Heart failure monitoring at home " + word);

        await(() -> matchIds(massNeed, massStartup).contains(shared.toString()));
        await(() -> matchIds(cataloniaNeed, cataloniaStartup).contains(kept.toString()));
        assertThat(matchIds(massNeed, massStartup))
                .as("a partner cluster is matched with the shared posting only")
                .contains(shared.toString())
                .doesNotContain(kept.toString());
        assertThat(matchIds(cataloniaNeed, cataloniaStartup)).contains(shared.toString(), kept.toString());

        assertThat(searchIds(massStartup)).contains(shared.toString()).doesNotContain(kept.toString());
        assertThat(searchIds(cataloniaStartup)).contains(shared.toString(), kept.toString());
        assertThat(actAs.user(massStartup, () -> opportunities.find(kept))).isEmpty();
        assertThat(actAs.user(massStartup, () -> opportunities.find(shared))).isPresent();
        assertThat(actAs.user(massStartup, () -> opportunities.offered(word, null, null, PageRequest.of(0, 50)).stream()
                        .map(OpportunitySummary::id)
                        .toList()))
                .contains(shared)
                .doesNotContain(kept);
        assertThat(actAs.user(massStartup, () -> opportunities.countOffered(word, null, null)))
                .isEqualTo(1);
        assertThat(actAs.user(cataloniaStartup, () -> opportunities.countOffered(word, null, null)))
                .isEqualTo(2);
        assertThat(directory.search(new DirectoryQuery("Kept heart failure", null, null), PageRequest.of(0, 50)))
                .as("the directory lists organizations, never a posting")
                .isEmpty();
        // the other side's score of the pair leaks nothing either: no detail for a posting it may not see
        assertThat(actAs.user(massStartup, () -> matching.match(massNeed, kept)))
                .isEmpty();
    }

    @Test
    void aKeptNeedIsNotSentToAnotherClusterThroughARequest() {
        OpportunityId opportunity = publish(cataloniaProvider, "Shared COPD pilot " + word, false);
        NeedId keptNeed = actAs.user(massStartup, () -> {
            NeedId id = needs.create(keptNeed("Kept COPD monitoring " + word));
            needs.publish(id, needs.find(id).orElseThrow().version());
            return id;
        });
        assertThatThrownBy(() ->
                        actAs.user(massStartup, () -> introductions.request(keptNeed, opportunity, "Hello there")))
                .isInstanceOf(InvalidInputException.class)
                .extracting(refused -> ((InvalidInputException) refused).fieldErrors())
                .isEqualTo(Map.of("need", "introduction.kept-in-cluster"));
        assertThat(actAs.user(cataloniaProvider, () -> needs.find(keptNeed))).isEmpty();
    }

    @Test
    void theDemoShowsAllThreeClustersAndAPostingKeptInYorkshire() {
        assertThat(jdbc.queryForList(
                        "select cluster_code || '=' || count(*) from organization"
                                + " where external_id like 'demo-org-%' group by cluster_code order by cluster_code",
                        String.class))
                .containsExactly("catalonia=9", "massachusetts=9", "yorkshire=9");
        // seeded on a database's first start: one seeded before this data set keeps its postings shared
        boolean kept = jdbc.queryForObject(
                "select kept_in_cluster from opportunity where external_id = 'demo-opp-024'", Boolean.class);
        assertThat(jdbc.queryForObject(
                        "select audience from opportunity where external_id = 'demo-opp-024'", String.class))
                .isEqualTo(kept ? ",yorkshire," : ",catalonia,massachusetts,yorkshire,");
        assertThat(jdbc.queryForObject(
                        "select audience from opportunity where external_id = 'demo-opp-001'", String.class))
                .isEqualTo(",catalonia,massachusetts,yorkshire,");
    }

    // --- helpers ---------------------------------------------------------------------------------

}
