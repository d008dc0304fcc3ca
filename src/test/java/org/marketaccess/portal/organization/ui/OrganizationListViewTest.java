package org.marketaccess.portal.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.identity.SystemAuthentication;
import org.marketaccess.portal.organization.OrganizationId;
import org.marketaccess.portal.organization.OrganizationProfile;
import org.marketaccess.portal.organization.OrganizationService;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.organization.ProfileUpdate;
import org.marketaccess.portal.organization.Registration;
import org.marketaccess.portal.organization.RegistrationService;
import org.marketaccess.portal.organization.VerificationStatus;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.BrowserlessViewTest;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessViewTest
@WithUserDetails(TestData.DEMO_PROGRAM_MANAGER)
class OrganizationListViewTest extends SpringBrowserlessTest {

    @Autowired
    RegistrationService registrations;

    @Autowired
    OrganizationService organizations;

    @Autowired
    ActAs actAs;

    @Test
    void listsPendingOrganizationsOldestFirst() {
        OrganizationListView view = navigate(OrganizationListView.class);
        assertThat(view.status.getValue()).isEqualTo(VerificationStatus.PENDING_VERIFICATION);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(3);
        assertThat(test(view.grid).getRow(0).status()).isEqualTo(VerificationStatus.PENDING_VERIFICATION);
    }

    @Test
    void aRejectionWithoutAReasonIsRefusedInTheDialog() {
        OrganizationId id = registerPending();
        OrganizationListView view = navigate(OrganizationListView.class, id.toString());
        test(view.reject).click();
        Dialog dialog = $(Dialog.class).single();
        test($(Button.class, dialog).withText("Reject").single()).click();

        assertThat($(TextArea.class, dialog).single().isInvalid()).isTrue();
        assertThat(organizations.organization(id).orElseThrow().status())
                .isEqualTo(VerificationStatus.PENDING_VERIFICATION);
    }

    @Test
    void aProgramManagerVerifiesFromTheDetails() {
        OrganizationId id = registerPending();
        OrganizationListView view = navigate(OrganizationListView.class, id.toString());
        test(view.verify).click();
        Dialog dialog = $(Dialog.class).single();
        test($(Button.class, dialog).withText("Verify").single()).click();

        assertThat(organizations.organization(id).orElseThrow().status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(view.details.getElement().getTextRecursively()).contains("Verified");
    }

    @Test
    void aProposedNameShowsInTheQueueAndIsApprovedFromTheDetails() {
        Registration registration = TestData.registration(OrganizationType.STARTUP);
        OrganizationId id = SystemAuthentication.runAsSystem(() -> registrations.register(registration));
        organizations.verify(id, null, 0);
        actAs.user(registration.email(), () -> {
            OrganizationProfile form = organizations.myOrganization().orElseThrow();
            organizations.updateMyProfile(new ProfileUpdate(
                    "Proposed Name Ltd",
                    form.website(),
                    form.region(),
                    form.description(),
                    form.listedInDirectory(),
                    form.contacts().getFirst(),
                    form.version()));
        });

        OrganizationListView view = navigate(OrganizationListView.class, id.toString());
        assertThat(view.details.getElement().getTextRecursively()).contains("Proposed Name Ltd");
        test(view.approveName).click();

        assertThat(organizations.organization(id).orElseThrow().name()).isEqualTo("Proposed Name Ltd");
        assertThat(view.details.getElement().getTextRecursively()).doesNotContain("Proposes a new name");
    }

    private OrganizationId registerPending() {
        return SystemAuthentication.runAsSystem(
                () -> registrations.register(TestData.registration(OrganizationType.STARTUP)));
    }
}
