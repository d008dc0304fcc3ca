package org.marketaccess.portal.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.identity.AccountService;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.testing.BrowserlessViewTest;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;

@BrowserlessViewTest
@WithAnonymousUser
class RegistrationViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFiveCharacterPasswordIsRefusedAtTheFieldAndNothingIsCreated() {
        RegistrationView view = fillValidForm();
        String email = view.email.getValue();
        test(view.password).setValue("abcde");
        test(view.register).click();

        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).contains("at least 12 characters");
        assertThat(accounts.isEmailRegistered(email)).isFalse();
    }

    @Test
    void anEmptyOrganizationNameIsRefusedAtTheFieldAndNothingIsCreated() {
        RegistrationView view = fillValidForm();
        String email = view.email.getValue();
        test(view.organizationName).setValue("");
        test(view.register).click();

        assertThat(view.organizationName.isInvalid()).isTrue();
        assertThat(view.organizationName.getErrorMessage()).isEqualTo("Enter the organization's name.");
        assertThat(accounts.isEmailRegistered(email)).isFalse();
    }

    @Test
    void aRightToLeftOverrideInTheOrganizationNameIsRefusedAtTheFieldWithWhatToDo() {
        RegistrationView view = fillValidForm();
        String email = view.email.getValue();
        test(view.organizationName).setValue("Acme \u202Egnp.exe");
        test(view.register).click();

        assertThat(view.organizationName.isInvalid()).isTrue();
        assertThat(view.organizationName.getErrorMessage())
                .contains("direction controls")
                .contains("remove them");
        assertThat(accounts.isEmailRegistered(email)).isFalse();
    }

    /** Issue 14's probe: the form said "An account with this e-mail already exists". */
    @Test
    void anAddressThatHasAnAccountGetsTheSameAnswerAsANewOne() {
        RegistrationView fresh = fillValidForm();
        String freshEmail = fresh.email.getValue();
        test(fresh.register).click();
        String freshAnswer = fresh.getElement().getTextRecursively().replace(freshEmail, "<address>");
        navigate(org.marketaccess.portal.identity.ui.LoginView.class);

        RegistrationView taken = fillValidForm();
        test(taken.email).setValue(TestData.DEMO_STARTUP);
        test(taken.register).click();

        assertThat(taken.email.isInvalid()).isFalse();
        assertThat(taken.getElement().getTextRecursively().replace(TestData.DEMO_STARTUP, "<address>"))
                .isEqualTo(freshAnswer)
                .contains("Check your e-mail to confirm your address");
    }

    @Test
    void everyMissingFieldIsMarkedAtOnce() {
        RegistrationView view = navigate(RegistrationView.class);
        test(view.register).click();

        assertThat(view.fullName.isInvalid()).isTrue();
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.type.isInvalid()).isTrue();
        assertThat(view.region.isInvalid()).isTrue();
        assertThat(view.contactName.isInvalid()).isTrue();
        assertThat(view.formError.isVisible()).isTrue();
    }

    @Test
    void aValidRegistrationCreatesTheAccountAndSaysWhatHappensNext() {
        RegistrationView view = fillValidForm();
        String email = view.email.getValue();
        test(view.register).click();

        assertThat(accounts.isEmailRegistered(email)).isTrue();
        assertThat(view.getElement().getTextRecursively())
                .contains("Check your e-mail to confirm your address")
                .contains("the program team reviews your organization");
    }

    @Test
    void aRegistrationTheDatabaseRefusesSaysItCouldNotBeSavedNotThatTheEmailIsTaken() {
        RegistrationView view = fillValidForm();
        String email = view.email.getValue();
        test(view.fullName).setValue("Refused by the database");
        jdbc.execute(
                "alter table account add constraint ck_view_refused check (display_name <> 'Refused by the database')");
        try {
            // browserless clicks throw where a browser's request hands the exception to the session's handler
            Throwable thrown = catchThrowable(() -> test(view.register).click());
            assertThat(thrown).isNotNull();
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(thrown));
        } finally {
            jdbc.execute("alter table account drop constraint ck_view_refused");
        }

        assertThat(accounts.isEmailRegistered(email)).isFalse();
        assertThat(view.email.isInvalid())
                .as("no wrong reason at the e-mail field")
                .isFalse();
        assertThat($(Notification.class).all())
                .extracting(notification -> test(notification).getText())
                .containsExactly("Your change could not be saved. Please try again in a moment; if it happens again,"
                        + " tell the program office.");
    }

    @Test
    void theClusterFollowsTheRegionUnlessChosenAndTheOrganizationKeepsIt() {
        RegistrationView view = fillValidForm();
        assertThat(view.cluster.getValue()).isEqualTo("massachusetts");
        test(view.region).selectItem("Spain");
        assertThat(view.cluster.getValue()).as("the region's cluster").isEqualTo("catalonia");
        test(view.cluster).selectItem("Yorkshire NHS & industry partners");
        String email = view.email.getValue();
        test(view.register).click();

        assertThat(jdbc.queryForObject(
                        "select o.cluster_code from organization o"
                                + " join organization_member m on m.organization_id = o.id"
                                + " join account a on a.id = m.account_id where a.email = ?",
                        String.class,
                        email))
                .isEqualTo("yorkshire");
    }

    private RegistrationView fillValidForm() {
        RegistrationView view = navigate(RegistrationView.class);
        var data = TestData.registration(OrganizationType.STARTUP);
        test(view.fullName).setValue(data.fullName());
        test(view.email).setValue(data.email());
        test(view.password).setValue(data.password());
        test(view.type).selectItem("Startup");
        test(view.organizationName).setValue(data.organizationName());
        test(view.website).setValue(data.website());
        test(view.region).selectItem("Massachusetts");
        test(view.description).setValue(data.description());
        test(view.contactName).setValue(data.contactName());
        test(view.contactEmail).setValue(data.contactEmail());
        test(view.contactPhone).setValue(data.contactPhone());
        return view;
    }
}
