package org.marketaccess.portal.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.identity.AccountId;
import org.marketaccess.portal.identity.AccountService;
import org.marketaccess.portal.identity.NewAccount;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.identity.SystemAuthentication;
import org.marketaccess.portal.insight.InsightFilter;
import org.marketaccess.portal.insight.InsightService;
import org.marketaccess.portal.introduction.IntroductionId;
import org.marketaccess.portal.introduction.IntroductionService;
import org.marketaccess.portal.introduction.IntroductionStatus;
import org.marketaccess.portal.introduction.IntroductionSummary;
import org.marketaccess.portal.matching.MatchingService;
import org.marketaccess.portal.matching.ResultCard;
import org.marketaccess.portal.need.NeedDraft;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.opportunity.OpportunityDraft;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.opportunity.OpportunitySummary;
import org.marketaccess.portal.organization.DirectoryQuery;
import org.marketaccess.portal.organization.DirectoryService;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.shared.IllegalTransitionException;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.Members;
import org.marketaccess.portal.testing.Postings;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Clusters as data (decision 028): a manager works only the requests of their clusters, in the view's
 * list and in the service; a shared posting reaches partner clusters, a kept one stays inside its
 * cluster in matching, search, browsing and the directory.
 */
@IntegrationTest
class ClusterVisibilityIT {

    static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    IntroductionService introductions;

    @Autowired
    NeedService needs;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    MatchingService matching;

    @Autowired
    DirectoryService directory;

    @Autowired
    ManagerClusterService managerClusters;

    @Autowired
    AccountService accounts;

    @Autowired
    InsightService insightService;

    @Autowired
    Members members;

    @Autowired
    ActAs actAs;

    @Autowired
    JdbcTemplate jdbc;

    String word;
    String massStartup;
    String massProvider;
    String cataloniaStartup;
    String cataloniaProvider;
    String cataloniaManager;
    String massManager;

    @BeforeEach
    void organizationsOfTwoClustersAndTheirManagers() {
        word = "zq" + TestData.unique("c").replaceAll("[^a-z0-9]", "");
        massStartup = members.member(OrganizationType.STARTUP, true, "massachusetts");
        massProvider = members.member(OrganizationType.PROVIDER, true, "new-england");
        cataloniaStartup = members.member(OrganizationType.STARTUP, true, "catalonia");
        cataloniaProvider = members.member(OrganizationType.PROVIDER, true, "spain");
        cataloniaManager = manager("catalonia");
        massManager = manager("massachusetts");
    }

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

    private String manager(String cluster) {
        String email = TestData.unique("pm-" + cluster) + "@program.example";
        AccountId id = SystemAuthentication.runAsSystem(() -> accounts.createAccount(
                new NewAccount(email, "Manager " + cluster, "a long enough passphrase", Roles.PROGRAM_MANAGER)));
        actAs.user(TestData.DEMO_ADMIN, () -> managerClusters.assign(id, Set.of(cluster)));
        return email;
    }

    private <T> T insight(String who, java.util.function.Supplier<T> work) {
        return actAs.user(who, work);
    }

    private AccountId accountOf(String email) {
        return AccountId.of(jdbc.queryForObject(
                "select cast(id as varchar(64)) from account where email = ?", String.class, email));
    }

    private List<IntroductionId> queue(String manager) {
        return actAs.user(manager, () -> introductions.forProgram(IntroductionStatus.PENDING_REVIEW, 200)).stream()
                .map(IntroductionSummary::id)
                .toList();
    }

    private String status(IntroductionId id) {
        return jdbc.queryForObject("select status from introduction where id = ?", String.class, id.value());
    }

    /** A startup's need and a provider's opportunity, published, and the startup's request for the pair. */
    private IntroductionId request(String startup, String provider) {
        NeedId need = publish(startup, "COPD home monitoring " + word);
        OpportunityId opportunity = publish(provider, "COPD readmissions pilot " + word, false);
        return actAs.user(startup, () -> introductions.request(need, opportunity, "We would like to meet."));
    }

    private NeedId publish(String startup, String title) {
        return actAs.user(startup, () -> {
            NeedId id = needs.create(Postings.need(
                    title, "Heart failure and COPD patients monitored at home. " + word, false, List.of("anywhere")));
            needs.publish(id, needs.find(id).orElseThrow().version());
            return id;
        });
    }

    private OpportunityId publish(String provider, String title, boolean keptInCluster) {
        return actAs.user(provider, () -> {
            OpportunityDraft base = Postings.opportunity(title, null, false);
            OpportunityId id = opportunities.create(new OpportunityDraft(
                    base.title(),
                    "Heart failure patients readmitted after discharge. " + word,
                    base.desiredOutcomes(),
                    base.categories(),
                    base.clinicalAreas(),
                    base.careSettings(),
                    base.requiredCertifications(),
                    base.requiredIntegrations(),
                    base.minimumStage(),
                    base.region(),
                    base.budgetBand(),
                    base.timeline(),
                    base.responseDeadline(),
                    false,
                    keptInCluster));
            opportunities.publish(id, opportunities.find(id).orElseThrow().version());
            return id;
        });
    }

    private NeedDraft keptNeed(String title) {
        NeedDraft base = Postings.need(title, "COPD patients monitored at home. " + word, false, List.of("anywhere"));
        return new NeedDraft(
                base.title(),
                base.description(),
                base.sought(),
                base.categories(),
                base.clinicalAreas(),
                base.careSettings(),
                base.stage(),
                base.certifications(),
                base.integrations(),
                base.regions(),
                false,
                true);
    }

    private List<String> matchIds(NeedId need, String startup) {
        return actAs.user(startup, () -> matching.opportunitiesForNeed(need, 50)).stream()
                .map(ResultCard::id)
                .toList();
    }

    private List<String> searchIds(String startup) {
        return actAs.user(startup, () -> matching.findOpportunities(word, Map.of(), 50)).cards().stream()
                .map(ResultCard::id)
                .toList();
    }

    static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + WAIT.toSeconds() + " s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
