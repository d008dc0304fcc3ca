package org.marketaccess.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.audit.AuditEntry;
import org.marketaccess.portal.audit.AuditFilter;
import org.marketaccess.portal.audit.AuditService;
import org.marketaccess.portal.identity.SystemAuthentication;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.organization.ContactPersonData;
import org.marketaccess.portal.organization.DirectoryQuery;
import org.marketaccess.portal.organization.DirectoryService;
import org.marketaccess.portal.organization.OrganizationId;
import org.marketaccess.portal.organization.OrganizationProfile;
import org.marketaccess.portal.organization.OrganizationService;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.organization.ProfileUpdate;
import org.marketaccess.portal.organization.Registration;
import org.marketaccess.portal.organization.RegistrationService;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.DatabaseCounts;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.Postings;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A member's data download and account deletion (decision 023). */
@IntegrationTest
@WithUserDetails(TestData.DEMO_PROGRAM_MANAGER)
class PrivacyServiceIT {

    @Autowired
    PrivacyService privacy;

    @Autowired
    RegistrationService registrations;

    @Autowired
    OrganizationService organizations;

    @Autowired
    DirectoryService directory;

    @Autowired
    NeedService needs;

    @Autowired
    AuditService audit;

    @Autowired
    DatabaseCounts counts;

    @Autowired
    ActAs actAs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    Registration registration;
    OrganizationId organization;
    String member;

    @BeforeEach
    void aVerifiedListedStartupWhoseMemberIsItsContact() {
        Registration base = TestData.registration(OrganizationType.STARTUP);
        registration = new Registration(
                base.fullName(),
                base.email(),
                base.password(),
                base.type(),
                base.organizationName(),
                base.website(),
                base.region(),
                base.description(),
                base.contactName(),
                base.contactEmail(),
                base.contactPhone(),
                true);
        member = registration.email();
        organization = SystemAuthentication.runAsSystem(() -> registrations.register(registration));
        organizations.verify(organization, null, 0);
        actAs.user(member, () -> {
            OrganizationProfile form = organizations.myOrganization().orElseThrow();
            organizations.updateMyProfile(new ProfileUpdate(
                    form.name(),
                    form.website(),
                    form.region(),
                    form.description(),
                    form.listedInDirectory(),
                    new ContactPersonData(registration.fullName(), member, "+44 20 7946 0999"),
                    form.version()));
        });
    }

    @Test
    void theDownloadHoldsTheMembersAccountOrganizationAndPostings() {
        actAs.user(member, () -> needs.create(Postings.need("Ward-level sepsis alerts")));

        byte[] json = actAs.user(member, () -> privacy.myDataAsJson());

        JsonNode data = JsonMapper.builder().build().readTree(new String(json, StandardCharsets.UTF_8));
        assertThat(data.get("account").get("email").asString()).isEqualTo(member);
        assertThat(data.get("organization").get("name").asString()).isEqualTo(registration.organizationName());
        assertThat(data.get("members").get(0).get("email").asString()).isEqualTo(member);
        assertThat(data.get("needs").get(0).toString()).contains("Ward-level sepsis alerts");
        assertThat(data.has("introductions")).isTrue();
        assertThat(data.has("notifications")).isTrue();
    }

    @Test
    void aWrongPasswordDeletesNothing() {
        Map<String, Long> before = counts.snapshot();
        assertThatThrownBy(() -> actAs.user(member, () -> privacy.deleteMyAccount("not my password at all")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(counts.snapshot()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Long.class, member))
                .isOne();
    }

    @Test
    void deletingErasesThePersonKeepsTheEventsWithoutThemAndFreesTheAddress() {
        UUID account = jdbc.queryForObject("select id from account where email = ?", UUID.class, member);

        actAs.user(member, () -> privacy.deleteMyAccount(registration.password()));

        Map<String, Object> row =
                jdbc.queryForMap("select email, display_name, enabled from account where id = ?", account);
        assertThat(row.get("email").toString()).endsWith("@deleted.invalid").doesNotContain(member);
        assertThat(row.get("display_name")).isEqualTo("Deleted account");
        assertThat(row.get("enabled")).isEqualTo(false);
        assertThat(jdbc.queryForObject(
                        "select count(*) from organization_member where account_id = ?", Long.class, account))
                .isZero();
        OrganizationProfile profile = organizations.organization(organization).orElseThrow();
        assertThat(profile.contacts()).extracting(ContactPersonData::email).doesNotContain(member);
        assertThat(profile.contacts()).extracting(ContactPersonData::name).doesNotContain(registration.fullName());
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient = ?", Long.class, member))
                .isZero();

        // the trail keeps what the member did, named as a deleted account
        List<AuditEntry> entries = audit.search(
                        new AuditFilter(null, null, "ORGANIZATION", organization.toString(), null, null),
                        PageRequest.of(0, 50))
                .getContent();
        assertThat(entries)
                .filteredOn(entry -> entry.action().equals("ORGANIZATION_PROFILE_UPDATED"))
                .extracting(AuditEntry::actor)
                .containsOnly("deleted account");
        assertThat(counts.auditRows("ACCOUNT_DELETED", account.toString())).isOne();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action in"
                                + " ('ORGANIZATION_PROFILE_UPDATED', 'ACCOUNT_DELETED', 'ORGANIZATION_MEMBER_LEFT')"
                                + " and (actor = ? or details like ?) and subject_id in (?, ?)",
                        Long.class,
                        member,
                        "%" + member + "%",
                        organization.toString(),
                        account.toString()))
                .isZero();

        // the last member left: the organization stays, out of the directory
        assertThat(profile.listedInDirectory()).isFalse();
        assertThat(directory
                        .search(new DirectoryQuery(registration.organizationName(), null, null), PageRequest.of(0, 10))
                        .getContent())
                .isEmpty();

        // the address is free again, for a new account
        Registration again = TestData.registration(OrganizationType.PROVIDER);
        SystemAuthentication.runAsSystem(() -> registrations.register(new Registration(
                again.fullName(),
                member,
                again.password(),
                again.type(),
                again.organizationName(),
                again.website(),
                again.region(),
                again.description(),
                again.contactName(),
                again.contactEmail(),
                again.contactPhone(),
                false)));
        assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Long.class, member))
                .isOne();
    }

    /**
     * Point 5 of issue 14: the trail keeps the events without the person. A member's logins, their
     * creation and their organization's registration named them by e-mail before decision 023's
     * last step; the audit filter by e-mail finds their rows while the account exists.
     */
    @Test
    void afterDeletionNoRowOfTheTrailHoldsTheMembersAddress() throws Exception {
        // through the login page (MockMvc leaves the test's signed-in program manager in place afterwards)
        SecurityContext manager = SecurityContextHolder.getContext();
        mvc.perform(formLogin("/login").user(member).password(registration.password()));
        mvc.perform(formLogin("/login").user(member).password("not the password, on purpose"));
        SecurityContextHolder.setContext(manager);
        actAs.user(member, () -> needs.create(Postings.need("Sepsis alerts on the ward, before deletion")));

        List<AuditEntry> byAddress = audit.search(
                        new AuditFilter(member, null, null, null, null, null), PageRequest.of(0, 50))
                .getContent();
        assertThat(byAddress)
                .extracting(AuditEntry::action)
                .contains("LOGIN_SUCCEEDED", "LOGIN_FAILED", "ORGANIZATION_PROFILE_UPDATED");
        assertThat(byAddress).extracting(AuditEntry::actor).containsOnly(member);

        actAs.user(member, () -> privacy.deleteMyAccount(registration.password()));

        String pattern = "%" + member.toLowerCase(java.util.Locale.ROOT) + "%";
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where lower(actor) like ? or lower(details) like ?"
                                + " or lower(reason) like ? or lower(before_state) like ? or lower(after_state) like ?",
                        Long.class,
                        pattern,
                        pattern,
                        pattern,
                        pattern,
                        pattern))
                .isZero();
        UUID account = jdbc.queryForObject(
                "select cast(subject_id as uuid) from audit_event where action = 'ACCOUNT_DELETED'"
                        + " order by id desc fetch first 1 rows only",
                UUID.class);
        assertThat(audit.search(
                                new AuditFilter(null, null, "ACCOUNT", account.toString(), null, null),
                                PageRequest.of(0, 50))
                        .getContent())
                .extracting(AuditEntry::action)
                .contains("LOGIN_SUCCEEDED", "LOGIN_FAILED", "ACCOUNT_DELETED");
    }
}
