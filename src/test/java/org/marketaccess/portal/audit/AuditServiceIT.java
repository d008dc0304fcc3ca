package org.marketaccess.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.identity.SystemAuthentication;
import org.marketaccess.portal.organization.OrganizationId;
import org.marketaccess.portal.organization.OrganizationService;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.organization.RegistrationService;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reading the audit trail: filters, paging, the CSV export and who may read it. Rows come from real
 * actions (failed logins, registrations); rows on past days, which no action can write, are
 * inserted with SQL, as the application only ever inserts.
 */
@IntegrationTest
@WithUserDetails(TestData.DEMO_PROGRAM_MANAGER)
class AuditServiceIT {

    @Autowired
    AuditService audit;

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistrationService registrations;

    @Autowired
    OrganizationService organizations;

    @Autowired
    ActAs actAs;

    @Autowired
    JdbcTemplate jdbc;

    /** Unique per test, so that rows left by other tests and runs never match. */
    String tag;

    @BeforeEach
    void tag() {
        tag = TestData.unique("audit");
    }

    @Test
    void aSelfRegistrationIsRecordedAsDoneByTheRegistrantNotAnAnonymousUser() {
        var registration = TestData.registration(OrganizationType.STARTUP);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext anonymous = SecurityContextHolder.createEmptyContext();
        anonymous.setAuthentication(new org.springframework.security.authentication.AnonymousAuthenticationToken(
                "key",
                "anonymousUser",
                List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
        SecurityContextHolder.setContext(anonymous);
        try {
            registrations.signUp(registration);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        // written as the registrant's account id (decision 023), which the trail names at display time
        String account = jdbc.queryForObject(
                "select cast(id as varchar(64)) from account where email = ?", String.class, registration.email());
        String organization = jdbc.queryForObject(
                "select cast(organization_id as varchar(64)) from organization_member where account_id = cast(? as uuid)",
                String.class,
                account);
        for (String action : List.of("ACCOUNT_CREATED", "ORGANIZATION_REGISTERED")) {
            assertThat(jdbc.queryForList(
                            "select actor from audit_event where action = ? and subject_id in (?, ?)",
                            String.class,
                            action,
                            account,
                            organization))
                    .as(action)
                    .containsExactly("account:" + account);
        }
        assertThat(audit.search(
                                new AuditFilter(registration.email(), "ACCOUNT_CREATED", null, null, null, null),
                                PageRequest.of(0, 10))
                        .getContent())
                .extracting(AuditEntry::actor)
                .containsExactly(registration.email());
    }

    @Test
    void theActorFilterFindsPartOfANameWhateverTheCase() throws Exception {
        failedLogin(tag + "@example.org");
        failedLogin(tag + "@example.org");

        AuditFilter byActor = new AuditFilter(tag.toUpperCase(), null, null, null, null, null);
        Page<AuditEntry> page = audit.search(byActor, PageRequest.of(0, 10));

        assertThat(page.getTotalElements()).isEqualTo(2);
        assertThat(audit.count(byActor)).isEqualTo(2);
        assertThat(page.getContent())
                .allSatisfy(entry -> assertThat(entry.actor()).isEqualTo(tag + "@example.org"))
                .allSatisfy(entry -> assertThat(entry.action()).isEqualTo("LOGIN_FAILED"))
                .allSatisfy(entry -> assertThat(entry.reason()).isEqualTo("unknown-account"));
        assertThat(page.getContent().get(0).id())
                .isGreaterThan(page.getContent().get(1).id());
    }

    @Test
    void wildcardsInTheActorFilterAreTakenLiterally() throws Exception {
        failedLogin(tag + "@example.org");

        assertThat(audit.count(new AuditFilter(tag + "%", null, null, null, null, null)))
                .isZero();
        assertThat(audit.count(new AuditFilter(tag.replace('-', '_'), null, null, null, null, null)))
                .isZero();
    }

    @Test
    void theActionFilterIsExactAndListedAmongTheActions() throws Exception {
        failedLogin(tag + "@example.org");

        assertThat(audit.count(new AuditFilter(tag, "LOGIN_FAILED", null, null, null, null)))
                .isEqualTo(1);
        assertThat(audit.count(new AuditFilter(tag, "LOGIN_SUCCEEDED", null, null, null, null)))
                .isZero();
        assertThat(audit.count(new AuditFilter(tag, "LOGIN", null, null, null, null)))
                .isZero();
        assertThat(audit.actions()).contains("LOGIN_FAILED").isSorted().doesNotHaveDuplicates();
        assertThat(audit.subjectTypes())
                .contains("ACCOUNT", "ORGANIZATION")
                .isSorted()
                .doesNotHaveDuplicates()
                .doesNotContainNull();
    }

    @Test
    void theSubjectFilterFindsTheHistoryOfOneOrganization() {
        OrganizationId id = SystemAuthentication.runAsSystem(
                () -> registrations.register(TestData.registration(OrganizationType.STARTUP)));
        organizations.verify(id, "Register checked", 0);

        AuditFilter history = new AuditFilter(null, null, "ORGANIZATION", id.toString(), null, null);
        List<AuditEntry> entries = audit.search(history, PageRequest.of(0, 10)).getContent();

        assertThat(entries)
                .extracting(AuditEntry::action)
                .containsExactly("ORGANIZATION_VERIFIED", "ORGANIZATION_REGISTERED");
        assertThat(entries.getFirst().actor()).isEqualTo(TestData.DEMO_PROGRAM_MANAGER);
        assertThat(entries.getFirst().before()).isEqualTo("PENDING_VERIFICATION");
        assertThat(entries.getFirst().after()).isEqualTo("VERIFIED");
        assertThat(entries.getFirst().reason()).isEqualTo("Register checked");
        assertThat(audit.count(new AuditFilter(null, null, "ACCOUNT", id.toString(), null, null)))
                .isZero();
    }

    @Test
    void daysAreWholeUtcDaysWithBothEndsIncluded() {
        insert("2020-03-01T23:59:59.999Z", "day before");
        insert("2020-03-02T00:00:00Z", "first instant");
        insert("2020-03-02T23:59:59.999Z", "last instant");
        insert("2020-03-03T00:00:00Z", "day after");
        LocalDate day = LocalDate.of(2020, 3, 2);

        assertThat(reasons(new AuditFilter(null, null, "TEST", tag, day, day)))
                .containsExactly("last instant", "first instant");
        assertThat(reasons(new AuditFilter(null, null, "TEST", tag, day, null)))
                .containsExactly("day after", "last instant", "first instant");
        assertThat(reasons(new AuditFilter(null, null, "TEST", tag, null, day)))
                .containsExactly("last instant", "first instant", "day before");
        assertThat(reasons(new AuditFilter(null, null, "TEST", tag, day.plusDays(2), null)))
                .isEmpty();
    }

    @Test
    void todaysActionsAreFoundByToday() throws Exception {
        failedLogin(tag + "@example.org");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        assertThat(audit.count(new AuditFilter(tag, null, null, null, today, today)))
                .isEqualTo(1);
        assertThat(audit.count(new AuditFilter(tag, null, null, null, null, today.minusDays(1))))
                .isZero();
        assertThat(audit.count(new AuditFilter(tag, null, null, null, today.plusDays(1), null)))
                .isZero();
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefused() {
        LocalDate day = LocalDate.of(2024, 5, 10);
        AuditFilter backwards = new AuditFilter(null, null, null, null, day, day.minusDays(1));

        assertThatThrownBy(() -> audit.search(backwards, PageRequest.of(0, 10)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("to", "audit.filter.to-before-from"));
        assertThatThrownBy(() -> audit.count(backwards)).isInstanceOf(InvalidInputException.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> audit.exportCsv(backwards, out)).isInstanceOf(InvalidInputException.class);
        assertThat(out.size()).as("nothing written").isZero();
        assertThatThrownBy(() -> audit.count(new AuditFilter(null, null, null, null, LocalDate.MAX, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("from", "audit.filter.date-out-of-range"));
    }

    @Test
    void theCsvHasAHeaderQuotesWhatNeedsItAndDefusesFormulas() throws Exception {
        // A login name is typed by anyone, so it is where a formula would be smuggled in.
        String formula = "=hyperlink(\"https://evil.example\",\"x,y\")-" + tag;
        failedLogin(formula);
        failedLogin("line\nbreak-" + tag);

        String[] lines = csv(new AuditFilter(tag, null, null, null, null, null)).split("\r\n", -1);

        assertThat(lines[0])
                .isEqualTo(
                        "id,occurred_at,actor,action,subject_type,subject_id,subject_name,before,after,reason,details");
        // header, two rows (one with a line break inside its quotes), and what follows the last CRLF
        assertThat(lines).hasSize(4);
        assertThat(lines[1])
                .matches("\\d+,\\d{4}-\\d\\d-\\d\\dT[^,]+Z,\"line\nbreak-" + tag
                        + "\",LOGIN_FAILED,ACCOUNT,,,,,unknown-account,");
        assertThat(lines[2])
                .matches("\\d+,[^,]+Z,\"'=hyperlink\\(\"\"https://evil\\.example\"\",\"\"x,y\"\"\\)-" + tag
                        + "\",LOGIN_FAILED,ACCOUNT,,,,,unknown-account,");
        assertThat(lines[3]).isEmpty();
    }

    @Test
    void theCsvHoldsExactlyTheFilteredEntriesNewestFirstAcrossManyPages() {
        int rows = AuditService.EXPORT_PAGE + 3;
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            batch.add(new Object[] {OffsetDateTime.parse("2021-06-01T12:00:00Z"), "n" + i, tag});
        }
        jdbc.batchUpdate(
                "insert into audit_event (occurred_at, actor, action, subject_type, subject_id)"
                        + " values (?, ?, 'TEST_EXPORT', 'TEST', ?)",
                batch);

        AuditFilter filter = new AuditFilter(null, "TEST_EXPORT", "TEST", tag, null, null);
        String[] lines = csv(filter).split("\r\n");

        assertThat(lines).hasSize(rows + 1);
        List<Long> ids = Arrays.stream(lines)
                .skip(1)
                .map(line -> Long.parseLong(line.substring(0, line.indexOf(','))))
                .toList();
        assertThat(ids).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(lines[1]).contains(",n" + (rows - 1) + ",");
        assertThat(lines[rows]).contains(",n0,");
        assertThat(audit.count(filter)).isEqualTo(rows);
    }

    @Test
    void anAdministratorMayReadTheTrailToo() {
        assertThat(actAs.user(TestData.DEMO_ADMIN, () -> audit.count(AuditFilter.none())))
                .isPositive();
    }

    @Test
    void aStartupIsRefused() {
        actAs.user(TestData.DEMO_STARTUP, () -> {
            assertThatThrownBy(() -> audit.search(AuditFilter.none(), PageRequest.of(0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.count(AuditFilter.none())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.actions()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.subjectTypes()).isInstanceOf(AccessDeniedException.class);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThatThrownBy(() -> audit.exportCsv(AuditFilter.none(), out))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(out.size()).isZero();
        });
    }

    @Test
    void blankFilterTextMeansAny() {
        AuditFilter blank = new AuditFilter("  ", "", " ", "", null, null);
        assertThat(blank).isEqualTo(AuditFilter.none());
        assertThat(audit.count(blank)).isEqualTo(audit.count(AuditFilter.none()));
    }

    /** A login attempt for an account that does not exist: the audit trail records the typed name. */
    void failedLogin(String loginName) throws Exception {
        // the request's filter chain clears the test's security context on the way out
        SecurityContext testUser = SecurityContextHolder.getContext();
        try {
            mvc.perform(formLogin("/login").user(loginName).password("not the password"));
        } finally {
            SecurityContextHolder.setContext(testUser);
        }
    }

    private void insert(String occurredAt, String reason) {
        jdbc.update(
                "insert into audit_event (occurred_at, actor, action, subject_type, subject_id, reason)"
                        + " values (?, 'test', 'TEST_EVENT', 'TEST', ?, ?)",
                OffsetDateTime.ofInstant(Instant.parse(occurredAt), ZoneOffset.UTC),
                tag,
                reason);
    }

    private List<String> reasons(AuditFilter filter) {
        return audit.search(filter, PageRequest.of(0, 10))
                .map(AuditEntry::reason)
                .getContent();
    }

    private String csv(AuditFilter filter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        audit.exportCsv(filter, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
