package org.marketaccess.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.organization.Registration;
import org.marketaccess.portal.organization.RegistrationService;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.DatabaseCounts;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Logins through the real security filter chain: the lockout, its message, and the audit rows. */
@IntegrationTest
class LoginLockoutIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistrationService registrations;

    @Autowired
    DatabaseCounts counts;

    @Autowired
    AccountService accounts;

    @Autowired
    ActAs actAs;

    Registration account;

    @BeforeEach
    void registerAnAccount() {
        account = TestData.registration(OrganizationType.STARTUP);
        SystemAuthentication.runAsSystem(() -> registrations.register(account));
    }

    @Test
    void theRightPasswordLogsIn() throws Exception {
        assertThat(login(account.email(), account.password())).isEqualTo("/");
        assertThat(counts.auditRowsForActor("LOGIN_SUCCEEDED", account.email())).isEqualTo(1);
    }

    @Test
    void unknownUserAndWrongPasswordGetTheSameAnswer() throws Exception {
        String wrongPassword = login(account.email(), "not the password at all");
        String unknownUser = login(TestData.unique("nobody") + "@example.org", "not the password at all");
        assertThat(wrongPassword).isEqualTo("/login?error").isEqualTo(unknownUser);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(login(account.email(), "wrong password " + attempt)).isEqualTo("/login?error");
        }

        String answer = login(account.email(), account.password());

        assertThat(answer).startsWith("/login?locked=");
        long until = Long.parseLong(answer.substring("/login?locked=".length()));
        long minutes = (until - System.currentTimeMillis() / 1000) / 60;
        assertThat(minutes).isBetween(13L, 15L);
        assertThat(counts.auditRowsForActor("LOGIN_FAILED", account.email())).isEqualTo(6);
        assertThat(counts.auditRowsForActor("LOGIN_SUCCEEDED", account.email())).isZero();
    }

    @Test
    void aSuccessfulLoginStartsTheFailureCountAgain() throws Exception {
        for (int attempt = 1; attempt <= 4; attempt++) {
            login(account.email(), "wrong password " + attempt);
        }
        assertThat(login(account.email(), account.password())).isEqualTo("/");
        for (int attempt = 1; attempt <= 4; attempt++) {
            login(account.email(), "wrong password " + attempt);
        }
        assertThat(login(account.email(), account.password())).isEqualTo("/");
    }

    @Test
    void anAdministratorUnlocksALockedAccountAndTheAuditTrailSaysWho() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            login(account.email(), "wrong password " + attempt);
        }
        assertThat(login(account.email(), account.password())).startsWith("/login?locked=");
        AccountId id = actAs.user(TestData.DEMO_ADMIN, () -> accounts.accounts(account.email(), PageRequest.of(0, 1))
                .getContent()
                .getFirst()
                .id());

        actAs.user(TestData.DEMO_ADMIN, () -> accounts.unlock(id));

        assertThat(login(account.email(), account.password())).isEqualTo("/");
        assertThat(counts.auditRows("ACCOUNT_LOCKED", id.toString())).isEqualTo(1);
        assertThat(counts.auditRowsForActor("ACCOUNT_UNLOCKED", TestData.DEMO_ADMIN))
                .isPositive();
        assertThat(counts.auditRows("ACCOUNT_UNLOCKED", id.toString())).isEqualTo(1);
    }

    @Test
    void emailsAreNotCaseSensitiveAtLogin() throws Exception {
        assertThat(login(account.email().toUpperCase(), account.password())).isEqualTo("/");
    }

    private String login(String email, String password) throws Exception {
        MvcResult result =
                mvc.perform(formLogin("/login").user(email).password(password)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        String location = result.getResponse().getRedirectedUrl();
        return location == null ? "" : location.replaceFirst("^https?://[^/]+", "");
    }
}
