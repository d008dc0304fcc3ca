package org.marketaccess.portal.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.identity.AccountId;
import org.marketaccess.portal.insight.InsightFilter;
import org.marketaccess.portal.introduction.IntroductionId;
import org.marketaccess.portal.introduction.IntroductionStatus;
import org.marketaccess.portal.shared.IllegalTransitionException;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.TestData;

/**
 * A manager works only the requests of their clusters (decision 028): in the queue, in the service,
 * in notices and in insight; a cross-cluster request is in both queues and names the cluster decided for.
 */
@IntegrationTest
class ClusterQueueIT extends ClusterTestBase {

    @Test
    void aCataloniaManagerDoesNotSeeAMassachusettsOnlyRequestNorDecideIt() {
        IntroductionId id = request(massStartup, massProvider);

        assertThat(queue(massManager)).contains(id);
        assertThat(queue(TestData.DEMO_PROGRAM_MANAGER)).as("every cluster").contains(id);
        assertThat(queue(cataloniaManager)).doesNotContain(id);
        assertThat(actAs.user(cataloniaManager, () -> introductions.details(id)))
                .isEmpty();
        assertThat(actAs.user(
                        cataloniaManager, () -> introductions.countByStatus().get(IntroductionStatus.PENDING_REVIEW)))
                .isLessThan(actAs.user(
                        TestData.DEMO_PROGRAM_MANAGER,
                        () -> introductions.countByStatus().get(IntroductionStatus.PENDING_REVIEW)));

        long version = actAs.user(massManager, () -> introductions.details(id))
                .orElseThrow()
                .version();
        // the service refuses, not only the list: as for a request that does not exist
        assertThatThrownBy(() -> actAs.user(cataloniaManager, () -> introductions.approve(id, version)))
                .isInstanceOf(IllegalTransitionException.class)
                .extracting(refused -> ((IllegalTransitionException) refused).messageKey())
                .isEqualTo("introduction.unknown");
        assertThatThrownBy(() -> actAs.user(
                        cataloniaManager, () -> introductions.askForInformation(id, "Which hospital?", version)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(status(id)).isEqualTo("PENDING_REVIEW");

        // nor does a notice tell them of it: the program's notices go to the request's clusters' managers
        await(() -> notices(massManager, id) > 0);
        assertThat(notices(TestData.DEMO_PROGRAM_MANAGER, id)).isPositive();
        assertThat(notices(cataloniaManager, id)).isZero();
    }

    private long notices(String who, IntroductionId id) {
        return jdbc.queryForObject(
                "select count(*) from notification where recipient = ? and (link like ? or notice_key like ?)",
                Long.class,
                who,
                "%" + id + "%",
                "%" + id + "%");
    }

    @Test
    void aCrossClusterRequestIsInBothQueuesAndItsDecisionNamesTheCluster() {
        IntroductionId id = request(massStartup, cataloniaProvider);

        assertThat(queue(massManager)).contains(id);
        assertThat(queue(cataloniaManager)).contains(id);

        long version = actAs.user(cataloniaManager, () -> introductions.details(id))
                .orElseThrow()
                .version();
        actAs.user(cataloniaManager, () -> introductions.approve(id, version));

        var forProgram = actAs.user(massManager, () -> introductions.details(id))
                .orElseThrow()
                .forProgram();
        assertThat(forProgram.requesterCluster()).isEqualTo("massachusetts");
        assertThat(forProgram.recipientCluster()).isEqualTo("catalonia");
        assertThat(forProgram.decidedBy()).isEqualTo(cataloniaManager);
        assertThat(forProgram.decidedForCluster()).isEqualTo("catalonia");
        assertThat(jdbc.queryForObject(
                        "select details from audit_event where action = 'INTRODUCTION_APPROVED' and subject_id = ?",
                        String.class,
                        id.toString()))
                .isEqualTo("cluster catalonia");
        assertThat(actAs.user(cataloniaProvider, () -> introductions.details(id))
                        .orElseThrow()
                        .forProgram())
                .as("the sides do not see the program's records")
                .isNull();
    }

    @Test
    void anAdministratorNarrowsAManagersClustersAndTheTrailKeepsIt() {
        AccountId id = accountOf(cataloniaManager);
        assertThat(jdbc.queryForObject(
                        "select before_state || '>' || after_state from audit_event"
                                + " where action = 'MANAGER_CLUSTERS_CHANGED' and subject_id = ?",
                        String.class,
                        id.toString()))
                .isEqualTo("catalonia,massachusetts,yorkshire>catalonia");
        assertThatThrownBy(() -> actAs.user(TestData.DEMO_ADMIN, () -> managerClusters.assign(id, Set.of())))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> actAs.user(TestData.DEMO_ADMIN, () -> managerClusters.assign(id, Set.of("atlantis"))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> actAs.user(cataloniaManager, () -> managerClusters.assign(id, Set.of("yorkshire"))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(actAs.user(TestData.DEMO_ADMIN, () -> managerClusters.of(id)))
                .containsExactly("catalonia");
    }

    @Test
    void insightCountsAManagersClustersOnly() {
        IntroductionId massOnly = request(massStartup, massProvider);
        IntroductionId cross = request(massStartup, cataloniaProvider);
        InsightFilter today = insight(TestData.DEMO_PROGRAM_MANAGER, () -> insightService.defaultFilter());
        long all = insight(
                TestData.DEMO_PROGRAM_MANAGER,
                () -> insightService.funnel(today).requests());
        long catalonia =
                insight(cataloniaManager, () -> insightService.funnel(today).requests());
        long massachusetts =
                insight(massManager, () -> insightService.funnel(today).requests());
        assertThat(massachusetts).as("both requests are Massachusetts'").isGreaterThanOrEqualTo(2);
        assertThat(catalonia).as("only the cross-cluster one is Catalonia's").isLessThan(massachusetts);
        assertThat(all).isGreaterThanOrEqualTo(massachusetts);
        InsightFilter massFilter =
                new InsightFilter(today.from(), today.to(), null, null, null, null, null, "massachusetts");
        assertThat(insight(
                        TestData.DEMO_PROGRAM_MANAGER,
                        () -> insightService.funnel(massFilter).requests()))
                .isEqualTo(massachusetts);
        assertThat(insight(cataloniaManager, () -> insightService.clusters()))
                .extracting(Cluster::code)
                .containsExactly("catalonia");
        assertThatThrownBy(() -> insight(cataloniaManager, () -> insightService.funnel(massFilter)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(List.of(massOnly, cross)).doesNotContainNull();
    }
}
