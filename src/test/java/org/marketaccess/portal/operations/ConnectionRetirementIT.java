package org.marketaccess.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.identity.SystemAuthentication;
import org.marketaccess.portal.introduction.IntroductionId;
import org.marketaccess.portal.introduction.IntroductionService;
import org.marketaccess.portal.introduction.IntroductionStatus;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.organization.OrganizationService;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.organization.RegistrationService;
import org.marketaccess.portal.organization.VerificationStatus;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.Members;
import org.marketaccess.portal.testing.Postings;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The portal keeps saving after its pool has closed the connection that ran the migrations while the
 * database stays open (a retirement after maxLifetime, or an eviction after an error). On H2 2.4.240
 * every table with a check constraint then refused inserts. A context of its own, so that its pool
 * still holds the migrating connection when the test begins.
 */
@IntegrationTest
@TestPropertySource(properties = "portal.test.context=connection-retirement")
class ConnectionRetirementIT {

    @Autowired
    HikariDataSource pool;

    @Autowired
    RegistrationService registrations;

    @Autowired
    OrganizationService organizations;

    @Autowired
    NeedService needs;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    IntroductionService introductions;

    @Autowired
    Members members;

    @Autowired
    ActAs actAs;

    @Test
    void afterThePoolRetiresEveryConnectionThePortalStillRegistersPublishesAndMovesAnIntroduction()
            throws SQLException {
        // a connection outside the pool keeps the database open, as busy connections do in the portal
        try (Connection outside =
                DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword())) {
            Set<Long> pooled = sessionsOtherThan(outside);
            assertThat(pooled)
                    .as("the pool's sessions, the migrating one among them")
                    .isNotEmpty();
            pool.getHikariPoolMXBean().softEvictConnections();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> sessionsOtherThan(outside).stream().noneMatch(pooled::contains));

            var registration = TestData.registration(OrganizationType.STARTUP);
            var registered = SystemAuthentication.runAsSystem(() -> registrations.register(registration));
            assertThat(SystemAuthentication.runAsSystem(() -> organizations.organization(registered))
                            .orElseThrow()
                            .status())
                    .isEqualTo(VerificationStatus.PENDING_VERIFICATION);

            String startup = members.member(OrganizationType.STARTUP, true);
            String provider = members.member(OrganizationType.PROVIDER, true);
            NeedId need = actAs.user(startup, () -> {
                NeedId id = needs.create(Postings.need("Heart failure telemonitoring"));
                needs.publish(id, needs.find(id).orElseThrow().version());
                return id;
            });
            OpportunityId opportunity = actAs.user(provider, () -> {
                OpportunityId id =
                        opportunities.create(Postings.opportunity("Heart failure readmissions", null, false));
                opportunities.publish(id, opportunities.find(id).orElseThrow().version());
                return id;
            });
            IntroductionId introduction =
                    actAs.user(startup, () -> introductions.request(need, opportunity, "We would like to meet."));
            actAs.user(
                    TestData.DEMO_PROGRAM_MANAGER,
                    () -> introductions.approve(
                            introduction,
                            introductions.details(introduction).orElseThrow().version()));
            assertThat(actAs.user(startup, () -> introductions.details(introduction))
                            .orElseThrow()
                            .status())
                    .isEqualTo(IntroductionStatus.AWAITING_RESPONSE);
        }
    }

    /** H2's session ids of every connection to this database but {@code own}. */
    private static Set<Long> sessionsOtherThan(Connection own) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (var statement = own.createStatement();
                var rows = statement.executeQuery(
                        "select session_id from information_schema.sessions where session_id <> session_id()")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
