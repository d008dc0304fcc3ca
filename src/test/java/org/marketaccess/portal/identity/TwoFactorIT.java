package org.marketaccess.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.identity.TwoFactorService.Enrolment;
import org.marketaccess.portal.identity.TwoFactorService.Requirement;
import org.marketaccess.portal.identity.internal.Totp;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.DatabaseCounts;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Two-factor login's rules, with staff required to enrol and secrets encrypted, as in production. */
@IntegrationTest
@TestPropertySource(
        properties = {
            "portal.security.two-factor.staff=required",
            "portal.security.two-factor.key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="
        })
class TwoFactorIT {

    static final String PASSWORD = "a long enough passphrase";

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    AccountService accounts;

    @Autowired
    ActAs actAs;

    @Autowired
    DatabaseCounts counts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    String manager;
    AccountId managerId;

    @BeforeEach
    void aNewProgramManager() {
        manager = TestData.unique("pm") + "@example.org";
        managerId = actAs.user(
                TestData.DEMO_ADMIN,
                () -> accounts.createAccount(new NewAccount(manager, "Pat Manager", PASSWORD, Roles.PROGRAM_MANAGER)));
    }

    @Test
    void staffMustEnrolAndMembersMay() {
        assertThat(twoFactor.requirementFor(Roles.PROGRAM_MANAGER)).isEqualTo(Requirement.REQUIRED);
        assertThat(twoFactor.requirementFor(Roles.ADMIN)).isEqualTo(Requirement.REQUIRED);
        assertThat(twoFactor.requirementFor(Roles.STARTUP)).isEqualTo(Requirement.OPTIONAL);
    }

    @Test
    void enrolmentNeedsARightCodeAndGivesTenRecoveryCodesStoredHashed() {
        Enrolment enrolment = as(twoFactor::newEnrolment);
        assertThatThrownBy(() -> as(() -> twoFactor.confirm(enrolment.secret(), "000000")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(twoFactor.enrolled(managerId)).isFalse();

        List<String> codes =
                as(() -> twoFactor.confirm(enrolment.secret(), Totp.code(enrolment.secret(), Instant.now())));

        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(twoFactor.enrolled(managerId)).isTrue();
        assertThat(counts.auditRows("TWO_FACTOR_ENROLLED", managerId.toString()))
                .isEqualTo(1);
        String stored = jdbc.queryForObject(
                "select secret from two_factor where account_id = ?", String.class, managerId.value());
        assertThat(stored).startsWith("aes-gcm:").doesNotContain(enrolment.secret());
        List<String> hashes = jdbc.queryForList(
                "select code_hash from two_factor_recovery_code where account_id = ?", String.class, managerId.value());
        assertThat(hashes).hasSize(10).noneMatch(codes::contains);
    }

    @Test
    void aCodeIsAcceptedOnceAndOneStepEitherSideButNoFurther() {
        String secret = enrol();
        Instant next = Instant.now().plus(Totp.STEP);

        assertThat(as(() -> twoFactor.verify(Totp.code(secret, next)))).isTrue();
        assertThat(as(() -> twoFactor.verify(Totp.code(secret, next))))
                .as("the same code again")
                .isFalse();
        assertThat(as(() -> twoFactor.verify(Totp.code(secret, Instant.now().plus(Totp.STEP.multipliedBy(3))))))
                .as("three steps ahead")
                .isFalse();
        assertThat(counts.auditRows("SECOND_FACTOR_SUCCEEDED", managerId.toString()))
                .isEqualTo(1);
        assertThat(counts.auditRows("SECOND_FACTOR_FAILED", managerId.toString()))
                .isEqualTo(2);
    }

    @Test
    void aRecoveryCodeWorksOnce() {
        Enrolment enrolment = as(twoFactor::newEnrolment);
        List<String> codes =
                as(() -> twoFactor.confirm(enrolment.secret(), Totp.code(enrolment.secret(), Instant.now())));

        assertThat(as(() -> twoFactor.verify(codes.get(3).toUpperCase()))).isTrue();
        assertThat(as(() -> twoFactor.verify(codes.get(3)))).isFalse();
        assertThat(as(twoFactor::recoveryCodesLeft)).isEqualTo(9);
        assertThat(counts.auditRows("RECOVERY_CODE_USED", managerId.toString())).isEqualTo(1);
    }

    @Test
    void wrongCodesAreSlowedDownLikePasswords() {
        String secret = enrol();
        for (int attempt = 1; attempt <= 6; attempt++) {
            assertThat(as(() -> twoFactor.verify("123456"))).isFalse();
        }
        assertThatThrownBy(() -> as(
                        () -> twoFactor.verify(Totp.code(secret, Instant.now().plus(Totp.STEP)))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anAdministratorResetsSomeonesTwoFactorAndOnlyAnAdministratorMay() {
        enrol();
        assertThatThrownBy(() -> as(() -> {
                    twoFactor.reset(managerId);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);

        actAs.user(TestData.DEMO_ADMIN, () -> twoFactor.reset(managerId));

        assertThat(twoFactor.enrolled(managerId)).isFalse();
        assertThat(counts.auditRows("TWO_FACTOR_RESET", managerId.toString())).isEqualTo(1);
        assertThat(counts.auditRowsForActor("TWO_FACTOR_RESET", TestData.DEMO_ADMIN))
                .isPositive();
    }

    @Test
    void afterThePasswordEveryPageLeadsToTheSecondStepUntilItIsDone() throws Exception {
        MvcResult login = mvc.perform(post("/login")
                        .param("username", manager)
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).endsWith("/");
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession();

        for (String page : List.of("/", "/organizations", "/admin/accounts", "/account/two-factor")) {
            MvcResult answer = mvc.perform(get(page).session(session)).andReturn();
            assertThat(answer.getResponse().getRedirectedUrl()).as(page).endsWith("/two-factor");
        }
    }

    private String enrol() {
        Enrolment enrolment = as(twoFactor::newEnrolment);
        as(() -> twoFactor.confirm(enrolment.secret(), Totp.code(enrolment.secret(), Instant.now())));
        return enrolment.secret();
    }

    private <T> T as(java.util.function.Supplier<T> work) {
        return actAs.user(manager, work);
    }
}
