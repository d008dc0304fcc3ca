package org.marketaccess.portal.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.identity.SystemAuthentication;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.DatabaseCounts;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Two probe points of issue 14 on the organization profile: a contact person's change must move the
 * organization's version, and a verified organization must not rename itself unseen (decision 023).
 */
@IntegrationTest
@WithUserDetails(TestData.DEMO_PROGRAM_MANAGER)
class ProfileProbeIT {

    @Autowired
    RegistrationService registrations;

    @Autowired
    OrganizationService organizations;

    @Autowired
    DatabaseCounts counts;

    @Autowired
    ActAs actAs;

    OrganizationId organization;
    String member;

    @BeforeEach
    void registerAnOrganization() {
        Registration registration = TestData.registration(OrganizationType.STARTUP);
        member = registration.email();
        organization = SystemAuthentication.runAsSystem(() -> registrations.register(registration));
    }

    @Test
    void aContactPersonsChangeMovesTheVersionSoAStaleFormCannotOverwriteIt() {
        OrganizationProfile form =
                actAs.user(member, () -> organizations.myOrganization().orElseThrow());
        ContactPersonData newer = new ContactPersonData("Second Person", "second@example.org", "+44 20 7946 0000");

        actAs.user(member, () -> organizations.updateMyProfile(update(form, form.name(), form.description(), newer)));

        // another tab still holding the form as it was before
        assertThatThrownBy(() -> actAs.user(
                        member,
                        () -> organizations.updateMyProfile(update(
                                form,
                                form.name(),
                                "Edited elsewhere",
                                form.contacts().getFirst()))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        OrganizationProfile now = organizations.organization(organization).orElseThrow();
        assertThat(now.contacts()).containsExactly(newer);
        assertThat(now.description()).isEqualTo(form.description());
        assertThat(now.version()).isGreaterThan(form.version());
    }

    @Test
    void aVerifiedOrganizationsNewNameIsNotPublicUntilTheProgramApprovesItAndIsAudited() {
        organizations.verify(organization, null, 0);
        String publicName =
                organizations.organization(organization).orElseThrow().name();
        OrganizationProfile form =
                actAs.user(member, () -> organizations.myOrganization().orElseThrow());

        actAs.user(
                member,
                () -> organizations.updateMyProfile(update(
                        form,
                        "Bank of England",
                        form.description(),
                        form.contacts().getFirst())));

        assertThat(organizations.organization(organization).orElseThrow().name())
                .isEqualTo(publicName);
        assertThat(organizations.cards(List.of(organization)).get(organization).name())
                .isEqualTo(publicName);
        assertThat(counts.auditRows("ORGANIZATION_RENAME_PROPOSED", organization.toString()))
                .isEqualTo(1);
        // the program sees it in its queue of organizations waiting for a decision
        assertThat(organizations
                        .organizations(
                                VerificationStatus.PENDING_VERIFICATION,
                                "",
                                org.springframework.data.domain.PageRequest.of(0, 500))
                        .map(OrganizationSummary::id)
                        .getContent())
                .contains(organization);
    }

    @Test
    void anOrganizationNotVerifiedYetRenamesItselfFreelyTheProgramSeesTheNameWhenItDecides() {
        OrganizationProfile form =
                actAs.user(member, () -> organizations.myOrganization().orElseThrow());

        actAs.user(
                member,
                () -> organizations.updateMyProfile(update(
                        form,
                        "Corrected Name Ltd",
                        form.description(),
                        form.contacts().getFirst())));

        assertThat(organizations.organization(organization).orElseThrow().name())
                .isEqualTo("Corrected Name Ltd");
        assertThat(counts.auditRows("ORGANIZATION_RENAME_PROPOSED", organization.toString()))
                .isZero();
    }

    static ProfileUpdate update(
            OrganizationProfile profile, String name, String description, ContactPersonData contact) {
        return new ProfileUpdate(
                name,
                profile.website(),
                profile.region(),
                description,
                profile.listedInDirectory(),
                contact,
                profile.version());
    }
}
