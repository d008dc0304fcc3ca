package org.marketaccess.portal.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.identity.AccountService;
import org.marketaccess.portal.identity.SystemAuthentication;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.testing.DatabaseCounts;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

@IntegrationTest
@WithAnonymousUser
class RegistrationServiceIT {

    @Autowired
    RegistrationService registrations;

    @Autowired
    OrganizationService organizations;

    @Autowired
    AccountService accounts;

    @Autowired
    DatabaseCounts counts;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void signingUpCreatesAPendingOrganizationWithItsMemberContactAndAuditRow() {
        Registration registration = TestData.registration(OrganizationType.PROVIDER);

        registrations.signUp(registration);

        OrganizationId id = new OrganizationId(java.util.UUID.fromString(jdbc.queryForObject(
                "select id from organization where name = ?", String.class, registration.organizationName())));
        OrganizationProfile profile = SystemAuthentication.runAsSystem(
                () -> organizations.organization(id).orElseThrow());
        assertThat(profile.status()).isEqualTo(VerificationStatus.PENDING_VERIFICATION);
        assertThat(profile.type()).isEqualTo(OrganizationType.PROVIDER);
        assertThat(profile.name()).isEqualTo(registration.organizationName());
        assertThat(profile.contacts())
                .containsExactly(new ContactPersonData(
                        registration.contactName(), registration.contactEmail(), registration.contactPhone()));
        assertThat(accounts.isEmailRegistered(registration.email())).isTrue();
        assertThat(counts.auditRows("ORGANIZATION_REGISTERED", id.toString())).isEqualTo(1);
    }

    @Test
    void aFiveCharacterPasswordIsRefusedAndNothingIsWritten() {
        assertRefusedWithoutChanges(
                with(TestData.registration(OrganizationType.STARTUP), "password", "abcde"),
                "password",
                "password.too-short");
    }

    @Test
    void anEmptyOrganizationNameIsRefusedAndNothingIsWritten() {
        assertRefusedWithoutChanges(
                with(TestData.registration(OrganizationType.STARTUP), "organizationName", ""),
                "organizationName",
                "organization.name.required");
    }

    @Test
    void anAddressThatHasAnAccountIsAnsweredLikeANewOneWhateverItsCaseAndNothingIsCreated() {
        Map<String, Long> before = counts.snapshot();
        Registration taken = with(
                TestData.registration(OrganizationType.STARTUP), "email", "  " + TestData.DEMO_PROVIDER.toUpperCase());

        assertThat(registrations.problems(taken)).isEmpty();
        registrations.signUp(taken);

        assertThat(counts.snapshot()).isEqualTo(before);
    }

    @Test
    void anAddressThatHasAnAccountDoesNotHideTheOtherFieldsProblems() {
        Registration taken = with(
                with(TestData.registration(OrganizationType.STARTUP), "email", TestData.DEMO_PROVIDER),
                "password",
                "abcde");
        assertRefusedWithoutChanges(taken, "password", "password.too-short");
    }

    @Test
    void onlyTheProgramRegistersOnSomeonesBehalf() {
        assertThatThrownBy(() -> registrations.register(TestData.registration(OrganizationType.STARTUP)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void anUnknownRegionIsRefused() {
        assertRefusedWithoutChanges(
                with(TestData.registration(OrganizationType.STARTUP), "region", "atlantis"),
                "region",
                "organization.region.unknown");
    }

    @Test
    void markupAndEmojiAreStoredAsPlainText() {
        Registration registration = with(
                TestData.registration(OrganizationType.STARTUP),
                "organizationName",
                "<script>alert('x')</script> Ωmega 🚀 שלום");
        OrganizationId id = SystemAuthentication.runAsSystem(() -> registrations.register(registration));
        String stored = SystemAuthentication.runAsSystem(
                () -> organizations.organization(id).orElseThrow().name());
        assertThat(stored).isEqualTo("<script>alert('x')</script> Ωmega 🚀 שלום");
    }

    @Test
    void aRightToLeftOverrideInTheOrganizationNameIsRefusedAndNothingIsWritten() {
        assertRefusedWithoutChanges(
                with(TestData.registration(OrganizationType.STARTUP), "organizationName", "Acme \u202Egnp.exe"),
                "organizationName",
                "text.bidi-controls");
    }

    @Test
    void aNulInTheOrganizationNameIsRefusedAndNothingIsWritten() {
        assertRefusedWithoutChanges(
                with(TestData.registration(OrganizationType.STARTUP), "organizationName", "Acme\u0000 Health"),
                "organizationName",
                "text.control-characters");
    }

    @Test
    void zeroWidthCharactersAndLineBreaksInOneLineFieldsAreRefused() {
        assertRefusedWithoutChanges(
                with(TestData.registration(OrganizationType.STARTUP), "fullName", "Robin\u200B Tester"),
                "fullName",
                "text.invisible-characters");
        assertRefusedWithoutChanges(
                with(TestData.registration(OrganizationType.STARTUP), "organizationName", "Acme\nHealth"),
                "organizationName",
                "text.line-breaks");
    }

    @Test
    void emojiSequencesWithJoinersAndRightToLeftMarksAreKeptAndTextIsStoredInNfc() {
        String decomposed = "Cafe\u0301 👩\u200D⚕\uFE0F שלום\u200F 1";
        OrganizationId id = SystemAuthentication.runAsSystem(() -> registrations.register(
                with(TestData.registration(OrganizationType.STARTUP), "organizationName", decomposed)));
        String stored = SystemAuthentication.runAsSystem(
                () -> organizations.organization(id).orElseThrow().name());
        assertThat(stored).isEqualTo("Caf\u00E9 👩\u200D⚕\uFE0F שלום\u200F 1");
    }

    private void assertRefusedWithoutChanges(Registration registration, String field, String key) {
        Map<String, Long> before = counts.snapshot();
        assertThatThrownBy(() -> registrations.signUp(registration))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry(field, key));
        assertThat(counts.snapshot()).isEqualTo(before);
    }

    static Registration with(Registration r, String field, String value) {
        return new Registration(
                field.equals("fullName") ? value : r.fullName(),
                field.equals("email") ? value : r.email(),
                field.equals("password") ? value : r.password(),
                r.type(),
                field.equals("organizationName") ? value : r.organizationName(),
                r.website(),
                field.equals("region") ? value : r.region(),
                r.description(),
                r.contactName(),
                r.contactEmail(),
                r.contactPhone(),
                r.listedInDirectory());
    }
}
