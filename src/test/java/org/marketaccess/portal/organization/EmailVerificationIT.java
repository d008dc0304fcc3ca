package org.marketaccess.portal.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.identity.EmailVerificationService;
import org.marketaccess.portal.identity.LinkState;
import org.marketaccess.portal.identity.SystemAuthentication;
import org.marketaccess.portal.shared.IllegalTransitionException;
import org.marketaccess.portal.testing.AccountMailbox;
import org.marketaccess.portal.testing.DatabaseCounts;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.MovableClock;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 14: a self-registered account confirms its address before the program reviews its
 * organization, and the registration form never tells whether an address has an account.
 */
@IntegrationTest
@Import(MovableClock.Configuration.class)
@TestPropertySource(properties = MovableClock.OVERRIDING)
class EmailVerificationIT {

    @Autowired
    RegistrationService registrations;

    @Autowired
    OrganizationService organizations;

    @Autowired
    EmailVerificationService verifications;

    @Autowired
    AccountMailbox mailbox;

    @Autowired
    DatabaseCounts counts;

    @Autowired
    MovableClock clock;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @org.junit.jupiter.api.BeforeEach
    void theServicesUseTheMovableClock() {
        assertThat(context.getBeansOfType(java.time.Clock.class).values()).containsExactly(clock);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSignUpWaitsOutsideTheProgramsQueueUntilTheAddressIsConfirmed() {
        Registration registration = TestData.registration(OrganizationType.STARTUP);
        registrations.signUp(registration);
        OrganizationId id = organizationNamed(registration.organizationName());
        String accountId = accountIdOf(registration.email());

        assertThat(verified(registration.email())).isFalse();
        assertThat(queue()).doesNotContain(registration.organizationName());
        assertThat(SystemAuthentication.runAsSystem(() -> organizations.oldestPending()).stream()
                        .map(OrganizationSummary::name))
                .doesNotContain(registration.organizationName());
        assertThatThrownBy(() -> SystemAuthentication.runAsSystem(() -> organizations.verify(id, null, 0)))
                .isInstanceOfSatisfying(IllegalTransitionException.class, refused -> assertThat(refused.getMessage())
                        .contains("confirm"));

        String secret = mailbox.latestSecret("email_verification", registration.email());
        assertThat(mailbox.bodies("email_verification", registration.email()).getLast())
                .contains("/verify-email?token=" + secret);
        assertThat(verifications.verify(secret)).isEqualTo(LinkState.VALID);

        assertThat(verified(registration.email())).isTrue();
        assertThat(queue()).contains(registration.organizationName());
        assertThat(counts.auditRows("EMAIL_VERIFIED", accountId)).isEqualTo(1);
        assertThat(verifications.verify(secret)).isEqualTo(LinkState.USED);
        assertThat(counts.auditRows("EMAIL_VERIFIED", accountId)).isEqualTo(1);
        SystemAuthentication.runAsSystem(() -> organizations.verify(id, null, organizationVersion(id)));
    }

    @Test
    void aVerificationLinkExpiresAfterADayAndANewOneCanBeAskedFor() {
        Registration registration = TestData.registration(OrganizationType.PROVIDER);
        registrations.signUp(registration);
        String first = mailbox.latestSecret("email_verification", registration.email());

        clock.advance(Duration.ofHours(24));
        assertThat(verifications.verify(first)).isEqualTo(LinkState.EXPIRED);
        assertThat(verified(registration.email())).isFalse();

        verifications.resend(registration.email().toUpperCase());
        verifications.resend(TestData.unique("nobody") + "@example.org");
        String second = mailbox.latestSecret("email_verification", registration.email());
        assertThat(second).isNotEqualTo(first);
        assertThat(verifications.verify(second)).isEqualTo(LinkState.VALID);
        assertThat(verified(registration.email())).isTrue();

        // confirmed: asking again sends nothing
        verifications.resend(registration.email());
        assertThat(mailbox.bodies("email_verification", registration.email())).hasSize(2);
    }

    @Test
    void signingUpWithAnAddressThatHasAnAccountCreatesNothingAndTellsItsOwner() {
        Registration taken = RegistrationServiceIT.with(
                TestData.registration(OrganizationType.STARTUP), "email", " " + TestData.DEMO_PROVIDER.toUpperCase());
        Map<String, Long> before = counts.snapshot();
        long tokens = mailbox.tokens();
        long attempts =
                mailbox.bodies("registration_attempt", TestData.DEMO_PROVIDER).size();

        registrations.signUp(taken);

        assertThat(counts.snapshot()).isEqualTo(before);
        assertThat(mailbox.tokens()).isEqualTo(tokens);
        assertThat(jdbc.queryForObject(
                        "select count(*) from organization where name = ?", Long.class, taken.organizationName()))
                .isZero();
        List<String> mails = mailbox.bodies("registration_attempt", TestData.DEMO_PROVIDER);
        assertThat(mails).hasSize((int) attempts + 1);
        assertThat(mails.getLast())
                .contains("tried to register")
                .contains("http://localhost:8080/login")
                .contains("http://localhost:8080/forgot-password");
        assertThat(mailbox.subjects("registration_attempt", TestData.DEMO_PROVIDER)
                        .getLast())
                .isEqualTo("Someone tried to register with your e-mail address");

        // at most one such mail an hour: nobody floods the owner's mailbox
        registrations.signUp(taken);
        assertThat(mailbox.bodies("registration_attempt", TestData.DEMO_PROVIDER))
                .hasSize((int) attempts + 1);
    }

    @Test
    void anOrganizationTheProgramRegistersCountsAsConfirmed() {
        Registration registration = TestData.registration(OrganizationType.STARTUP);
        SystemAuthentication.runAsSystem(() -> registrations.register(registration));

        assertThat(verified(registration.email())).isTrue();
        assertThat(queue()).contains(registration.organizationName());
        assertThat(mailbox.bodies("email_verification", registration.email())).isEmpty();
    }

    private List<String> queue() {
        return SystemAuthentication.runAsSystem(() -> organizations
                .organizations(VerificationStatus.PENDING_VERIFICATION, "", PageRequest.of(0, 10_000))
                .map(OrganizationSummary::name)
                .getContent());
    }

    private boolean verified(String email) {
        return jdbc.queryForObject("select email_verified from account where email = ?", Boolean.class, email);
    }

    private String accountIdOf(String email) {
        return jdbc.queryForObject("select id from account where email = ?", String.class, email);
    }

    private OrganizationId organizationNamed(String name) {
        return new OrganizationId(
                UUID.fromString(jdbc.queryForObject("select id from organization where name = ?", String.class, name)));
    }

    private long organizationVersion(OrganizationId id) {
        return SystemAuthentication.runAsSystem(
                () -> organizations.organization(id).orElseThrow().version());
    }
}
