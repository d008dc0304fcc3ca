package org.marketaccess.portal.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.marketaccess.portal.identity.AccountId;
import org.marketaccess.portal.identity.AccountService;
import org.marketaccess.portal.identity.NewAccount;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.identity.SystemAuthentication;
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
import org.marketaccess.portal.organization.DirectoryService;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.Members;
import org.marketaccess.portal.testing.Postings;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the cluster tests share: organizations of two clusters, a manager of each, and helpers (decision 028). */
@IntegrationTest
abstract class ClusterTestBase {

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

    // --- helpers ---------------------------------------------------------------------------------

    String manager(String cluster) {
        String email = TestData.unique("pm-" + cluster) + "@program.example";
        AccountId id = SystemAuthentication.runAsSystem(() -> accounts.createAccount(
                new NewAccount(email, "Manager " + cluster, "a long enough passphrase", Roles.PROGRAM_MANAGER)));
        actAs.user(TestData.DEMO_ADMIN, () -> managerClusters.assign(id, Set.of(cluster)));
        return email;
    }

    <T> T insight(String who, java.util.function.Supplier<T> work) {
        return actAs.user(who, work);
    }

    AccountId accountOf(String email) {
        return AccountId.of(jdbc.queryForObject(
                "select cast(id as varchar(64)) from account where email = ?", String.class, email));
    }

    List<IntroductionId> queue(String manager) {
        return actAs.user(manager, () -> introductions.forProgram(IntroductionStatus.PENDING_REVIEW, 200)).stream()
                .map(IntroductionSummary::id)
                .toList();
    }

    String status(IntroductionId id) {
        return jdbc.queryForObject("select status from introduction where id = ?", String.class, id.value());
    }

    /** A startup's need and a provider's opportunity, published, and the startup's request for the pair. */
    IntroductionId request(String startup, String provider) {
        NeedId need = publish(startup, "COPD home monitoring " + word);
        OpportunityId opportunity = publish(provider, "COPD readmissions pilot " + word, false);
        return actAs.user(startup, () -> introductions.request(need, opportunity, "We would like to meet."));
    }

    NeedId publish(String startup, String title) {
        return actAs.user(startup, () -> {
            NeedId id = needs.create(Postings.need(
                    title, "Heart failure and COPD patients monitored at home. " + word, false, List.of("anywhere")));
            needs.publish(id, needs.find(id).orElseThrow().version());
            return id;
        });
    }

    OpportunityId publish(String provider, String title, boolean keptInCluster) {
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
                    keptInCluster,
                    null));
            opportunities.publish(id, opportunities.find(id).orElseThrow().version());
            return id;
        });
    }

    NeedDraft keptNeed(String title) {
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
                true,
                null);
    }

    List<String> matchIds(NeedId need, String startup) {
        return actAs.user(startup, () -> matching.opportunitiesForNeed(need, 50)).stream()
                .map(ResultCard::id)
                .toList();
    }

    List<String> searchIds(String startup) {
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
