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
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@WithUserDetails(TestData.DEMO_PROGRAM_MANAGER)
class VerificationIT {

    @Autowired
    RegistrationService registrations;

    @Autowired
    OrganizationService organizations;

    @Autowired
    DatabaseCounts counts;

    @Autowired
    ActAs actAs;

    OrganizationId pending;
    String registrantEmail;

    @BeforeEach
    void registerAnOrganization() {
        Registration registration = TestData.registration(OrganizationType.STARTUP);
        registrantEmail = registration.email();
        pending = SystemAuthentication.runAsSystem(() -> registrations.register(registration));
    }

    @Test
    void aProgramManagerVerifiesAPendingOrganizationAndTheAuditTrailSaysWhoAndWhy() {
        organizations.verify(pending, "Company register checked", 0);

        OrganizationProfile profile = organizations.organization(pending).orElseThrow();
        assertThat(profile.status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(profile.statusReason()).isEqualTo("Company register checked");
        assertThat(counts.auditRowsForActor("ORGANIZATION_VERIFIED", TestData.DEMO_PROGRAM_MANAGER))
                .isPositive();
        assertThat(counts.auditRows("ORGANIZATION_VERIFIED", pending.toString()))
                .isEqualTo(1);
    }

    @Test
    void aRejectionNeedsAReasonThatTheRegistrantThenSees() {
        Map<String, Long> before = counts.snapshot();
        assertThatThrownBy(() -> organizations.reject(pending, "  ", 0)).isInstanceOf(InvalidInputException.class);
        assertThat(counts.snapshot()).isEqualTo(before);

        organizations.reject(pending, "Add your company number", 0);
        OrganizationProfile profile = organizations.organization(pending).orElseThrow();
        assertThat(profile.status()).isEqualTo(VerificationStatus.REJECTED);
        assertThat(profile.statusReason()).isEqualTo("Add your company number");
    }

    @Test
    void verifyingTwiceIsRefusedAndChangesNothing() {
        organizations.verify(pending, null, 0);
        long version = organizations.organization(pending).orElseThrow().version();
        Map<String, Long> before = counts.snapshot();

        assertThatThrownBy(() -> organizations.verify(pending, null, version))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> organizations.reject(pending, "too late", version))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(counts.snapshot()).isEqualTo(before);
        assertThat(organizations.organization(pending).orElseThrow().status()).isEqualTo(VerificationStatus.VERIFIED);
    }

    @Test
    void aDecisionOnAnOrganizationThatChangedMeanwhileIsRefused() {
        organizations.reject(pending, "first manager", 0);
        Map<String, Long> before = counts.snapshot();

        // a second manager still looking at version 0
        assertThatThrownBy(() -> organizations.verify(pending, "second manager", 0))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(counts.snapshot()).isEqualTo(before);
        assertThat(organizations.organization(pending).orElseThrow().status()).isEqualTo(VerificationStatus.REJECTED);
    }

    @Test
    void aRejectedOrganizationThatCorrectsItsProfileGoesBackToTheQueue() {
        organizations.reject(pending, "Add your company number", 0);

        OrganizationProfile resubmitted = actAs.user(registrantEmail, () -> {
            OrganizationProfile mine = organizations.myOrganization().orElseThrow();
            assertThat(mine.status()).isEqualTo(VerificationStatus.REJECTED);
            assertThat(mine.statusReason()).isEqualTo("Add your company number");
            return organizations.updateMyProfile(new ProfileUpdate(
                    mine.name(),
                    mine.website(),
                    mine.region(),
                    mine.description() + " Company number 12345678.",
                    mine.listedInDirectory(),
                    mine.contacts().getFirst(),
                    mine.version()));
        });

        assertThat(resubmitted.status()).isEqualTo(VerificationStatus.PENDING_VERIFICATION);
        assertThat(counts.auditRows("ORGANIZATION_RESUBMITTED", pending.toString()))
                .isEqualTo(1);
    }

    @Test
    void aProfileSavedFromAStaleFormIsRefusedAndNothingIsOverwritten() {
        OrganizationProfile original =
                actAs.user(registrantEmail, () -> organizations.myOrganization().orElseThrow());
        actAs.user(registrantEmail, () -> organizations.updateMyProfile(update(original, "First edit")));
        Map<String, Long> before = counts.snapshot();

        assertThatThrownBy(() -> actAs.user(
                        registrantEmail, () -> organizations.updateMyProfile(update(original, "Second edit"))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(counts.snapshot()).isEqualTo(before);
        assertThat(organizations.organization(pending).orElseThrow().description())
                .isEqualTo("First edit");
    }

    private static ProfileUpdate update(OrganizationProfile profile, String description) {
        return new ProfileUpdate(
                profile.name(),
                profile.website(),
                profile.region(),
                description,
                profile.listedInDirectory(),
                profile.contacts().getFirst(),
                profile.version());
    }
}
