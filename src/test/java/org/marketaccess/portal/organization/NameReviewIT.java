package org.marketaccess.portal.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.identity.SystemAuthentication;
import org.marketaccess.portal.shared.IllegalTransitionException;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.DatabaseCounts;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The program approves or declines a verified organization's proposed name (decision 023). */
@IntegrationTest
@WithUserDetails(TestData.DEMO_PROGRAM_MANAGER)
class NameReviewIT {

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
    String publicName;

    @BeforeEach
    void aVerifiedOrganizationProposesANewName() {
        Registration registration = TestData.registration(OrganizationType.PROVIDER);
        member = registration.email();
        organization = SystemAuthentication.runAsSystem(() -> registrations.register(registration));
        organizations.verify(organization, null, 0);
        publicName = registration.organizationName();
        OrganizationProfile form =
                actAs.user(member, () -> organizations.myOrganization().orElseThrow());
        OrganizationProfile saved = actAs.user(
                member,
                () -> organizations.updateMyProfile(ProfileProbeIT.update(
                        form,
                        "Renamed Provider Ltd",
                        form.description(),
                        form.contacts().getFirst())));
        assertThat(saved.name()).isEqualTo(publicName);
        assertThat(saved.proposedName()).isEqualTo("Renamed Provider Ltd");
    }

    @Test
    void anApprovedNameBecomesPublicAndIsAudited() {
        long version = organizations.organization(organization).orElseThrow().version();

        organizations.approveName(organization, version);

        OrganizationProfile profile = organizations.organization(organization).orElseThrow();
        assertThat(profile.name()).isEqualTo("Renamed Provider Ltd");
        assertThat(profile.proposedName()).isNull();
        assertThat(counts.auditRowsForActor("ORGANIZATION_RENAMED", TestData.DEMO_PROGRAM_MANAGER))
                .isPositive();
        assertThatThrownBy(() -> organizations.approveName(organization, profile.version()))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aDeclinedNameNeedsAReasonThatTheMembersSeeAndTheOldNameStays() {
        long version = organizations.organization(organization).orElseThrow().version();
        Map<String, Long> before = counts.snapshot();
        assertThatThrownBy(() -> organizations.declineName(organization, " ", version))
                .isInstanceOf(InvalidInputException.class);
        assertThat(counts.snapshot()).isEqualTo(before);

        organizations.declineName(organization, "This is another company's name", version);

        OrganizationProfile mine =
                actAs.user(member, () -> organizations.myOrganization().orElseThrow());
        assertThat(mine.name()).isEqualTo(publicName);
        assertThat(mine.proposedName()).isNull();
        assertThat(mine.nameReviewNote()).isEqualTo("This is another company's name");
        assertThat(counts.auditRows("ORGANIZATION_RENAME_DECLINED", organization.toString()))
                .isEqualTo(1);
    }

    @Test
    void goingBackToThePublicNameWithdrawsTheProposal() {
        OrganizationProfile form =
                actAs.user(member, () -> organizations.myOrganization().orElseThrow());

        OrganizationProfile saved = actAs.user(
                member,
                () -> organizations.updateMyProfile(ProfileProbeIT.update(
                        form, publicName, form.description(), form.contacts().getFirst())));

        assertThat(saved.proposedName()).isNull();
        assertThat(saved.name()).isEqualTo(publicName);
    }

    @Test
    void aMemberCannotDecideTheirOwnName() {
        long version = organizations.organization(organization).orElseThrow().version();
        assertThatThrownBy(() -> actAs.user(member, () -> organizations.approveName(organization, version)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
