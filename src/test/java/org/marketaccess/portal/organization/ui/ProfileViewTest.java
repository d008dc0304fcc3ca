package org.marketaccess.portal.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.organization.OrganizationProfile;
import org.marketaccess.portal.organization.OrganizationService;
import org.marketaccess.portal.organization.ProfileUpdate;
import org.marketaccess.portal.testing.BrowserlessViewTest;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessViewTest
@WithUserDetails(TestData.DEMO_PROVIDER)
class ProfileViewTest extends SpringBrowserlessTest {

    @Autowired
    OrganizationService organizations;

    @Test
    void showsTheMembersOwnOrganization() {
        ProfileView view = navigate(ProfileView.class);
        assertThat(view.name.getValue()).isEqualTo("Harborview Community Hospital");
        assertThat(view.status.getText()).isEqualTo("Verified");
        assertThat(view.contactEmail.getValue()).isEqualTo("innovation@harborview.example");
    }

    @Test
    void aBadWebsiteIsRefusedAtTheFieldAndNothingIsSaved() {
        ProfileView view = navigate(ProfileView.class);
        long before = organizations.myOrganization().orElseThrow().version();
        test(view.website).setValue("javascript:alert(1)");
        test(view.save).click();

        assertThat(view.website.isInvalid()).isTrue();
        assertThat(view.website.getErrorMessage()).contains("www.example.org");
        assertThat(organizations.myOrganization().orElseThrow().version()).isEqualTo(before);
    }

    @Test
    void aZeroWidthSpaceInTheContactNameIsRefusedAtTheFieldAndNothingIsSaved() {
        ProfileView view = navigate(ProfileView.class);
        long before = organizations.myOrganization().orElseThrow().version();
        test(view.contactName).setValue("Dana\u200B Reyes");
        test(view.save).click();

        assertThat(view.contactName.isInvalid()).isTrue();
        assertThat(view.contactName.getErrorMessage()).contains("invisible characters");
        assertThat(organizations.myOrganization().orElseThrow().version()).isEqualTo(before);
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsToldToReloadAndNothingIsOverwritten() {
        ProfileView view = navigate(ProfileView.class);
        OrganizationProfile original = organizations.myOrganization().orElseThrow();
        try {
            // a colleague saves the same profile in another browser meanwhile
            organizations.updateMyProfile(update(original, original.description() + " (edited by a colleague)"));

            test(view.description).setValue(original.description() + " (edited here)");
            test(view.save).click();

            assertThat(test($(Notification.class).last()).getText()).contains("Someone else changed this");
            assertThat(organizations.myOrganization().orElseThrow().description())
                    .isEqualTo(original.description() + " (edited by a colleague)");
        } finally {
            OrganizationProfile current = organizations.myOrganization().orElseThrow();
            organizations.updateMyProfile(update(current, original.description()));
        }
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
