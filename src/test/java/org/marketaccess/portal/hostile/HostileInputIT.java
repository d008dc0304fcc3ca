package org.marketaccess.portal.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.audit.AuditService;
import org.marketaccess.portal.identity.AccountService;
import org.marketaccess.portal.identity.EmailVerificationService;
import org.marketaccess.portal.identity.PasswordService;
import org.marketaccess.portal.identity.TwoFactorService;
import org.marketaccess.portal.introduction.IntroductionService;
import org.marketaccess.portal.matching.MatchingService;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.organization.ColleagueService;
import org.marketaccess.portal.organization.DirectoryService;
import org.marketaccess.portal.organization.InvitationService;
import org.marketaccess.portal.organization.OrganizationService;
import org.marketaccess.portal.organization.RegistrationService;
import org.marketaccess.portal.posting.PostingOverviewService;
import org.marketaccess.portal.privacy.PrivacyService;
import org.marketaccess.portal.shared.IllegalTransitionException;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.LogCapture;
import org.marketaccess.portal.testing.Members;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 14's hostile-input test: thousands of generated values (seeded: {@code -Dhostile.seed})
 * through every form, as its user would send them, and through the raw endpoints over HTTP. The
 * server writes no ERROR line, a form refuses what it does not take with a message (or takes it),
 * and no request gets a 5xx. {@code HostileInputPostgresIT} runs it on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HostileInputIT {

    static final int VALUES_PER_FIELD = 240;

    @LocalServerPort
    int port;

    @Autowired
    ActAs actAs;

    @Autowired
    Members members;

    @Autowired
    RegistrationService registrations;

    @Autowired
    OrganizationService organizations;

    @Autowired
    DirectoryService directory;

    @Autowired
    AccountService accounts;

    @Autowired
    NeedService needs;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    MatchingService matching;

    @Autowired
    IntroductionService introductions;

    @Autowired
    PostingOverviewService postings;

    @Autowired
    AuditService audit;

    @Autowired
    PasswordService passwords;

    @Autowired
    EmailVerificationService verification;

    @Autowired
    ColleagueService colleagues;

    @Autowired
    InvitationService invitations;

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    PrivacyService privacy;

    @Test
    void noValueThroughAnyFormOrEndpointMakesTheServerLogAnError() {
        HostileForms forms = new HostileForms(
                        actAs,
                        members,
                        registrations,
                        organizations,
                        directory,
                        accounts,
                        needs,
                        opportunities,
                        matching,
                        introductions,
                        postings,
                        audit)
                .prepare();
        HostileAccountForms accountForms = new HostileAccountForms(
                        actAs, members, passwords, verification, colleagues, invitations, twoFactor, privacy)
                .prepare();
        List<String> unexpected = new ArrayList<>();
        List<String> answers = Collections.synchronizedList(new ArrayList<>());
        int values = 0;
        try (LogCapture log = new LogCapture()) {
            for (HostileForms.Form form : java.util.stream.Stream.concat(
                            forms.all().stream(), accountForms.all().stream())
                    .toList()) {
                for (String field : form.fields()) {
                    List<String> hostile = new HostileValues(HostileValues.SEED + (form.name() + field).hashCode())
                            .take(VALUES_PER_FIELD);
                    for (int i = 0; i < hostile.size(); i++) {
                        values++;
                        try {
                            form.sender().send(field, hostile.get(i));
                        } catch (InvalidInputException
                                | IllegalTransitionException
                                | OptimisticLockingFailureException refused) {
                            // what a form shows at its field or as a notice
                        } catch (RuntimeException failed) {
                            unexpected.add(form.name() + "." + field + " value #" + i + ": " + failed);
                        }
                    }
                }
            }
            if (sendsRawRequests()) {
                HostileRequests requests = new HostileRequests(port, HostileValues.SEED, answers::add);
                requests.routes(null, null, 4);
                requests.routes(TestData.DEMO_PROGRAM_MANAGER, TestData.DEMO_PASSWORD, 4);
                requests.routes(TestData.DEMO_STARTUP, TestData.DEMO_PASSWORD, 4);
                requests.locations(60);
                requests.uidl(300);
                requests.heartbeatAndPush(40);
                requests.login(100);
                requests.staticResources(20);
                values += requests.sent();
            }
            List<String> errors = log.errors();
            System.out.println(
                    "HOSTILE INPUT values=" + values + " errors=" + errors.size() + " seed=" + HostileValues.SEED);
            errors.stream().limit(20).forEach(error -> System.out.println("HOSTILE ERROR " + error));
            assertThat(errors).as("ERROR lines").isEmpty();
            assertThat(unexpected).as("exceptions a form does not expect").isEmpty();
            assertThat(HostileRequests.serverErrors(answers)).as("5xx answers").isEmpty();
            assertThat(values).isGreaterThanOrEqualTo(10_000);
        }
    }

    /** The raw endpoints do not depend on the database; the PostgreSQL run repeats only the forms. */
    boolean sendsRawRequests() {
        return true;
    }
}
