package org.marketaccess.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.organization.Registration;
import org.marketaccess.portal.organization.RegistrationService;
import org.marketaccess.portal.testing.DatabaseCounts;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Logins through the real security filter chain: failures are slowed down per e-mail and client
 * address, never lock an account, and get the same answers whether or not the e-mail is registered.
 * Each test logs in from addresses of its own, as the throttle counts per address.
 */
@IntegrationTest
class LoginThrottleIT {

    static final String THROTTLED = "/login?throttled";

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistrationService registrations;

    @Autowired
    DatabaseCounts counts;

    @Autowired
    JdbcTemplate jdbc;

    Registration account;
    String owner = address();
    String stranger = address();

    @BeforeEach
    void registerAnAccount() {
        account = TestData.registration(OrganizationType.STARTUP);
        SystemAuthentication.runAsSystem(() -> registrations.register(account));
    }

    @Test
    void theRightPasswordLogsIn() throws Exception {
        assertThat(login(account.email(), account.password(), owner)).isEqualTo("/");
        assertThat(counts.auditRowsForActor("LOGIN_SUCCEEDED", account.email())).isEqualTo(1);
    }

    @Test
    void unknownUserAndWrongPasswordGetTheSameAnswer() throws Exception {
        String wrongPassword = login(account.email(), "not the password at all", owner);
        String unknownUser = login(TestData.unique("nobody") + "@example.org", "not the password at all", owner);
        assertThat(wrongPassword).isEqualTo("/login?error").isEqualTo(unknownUser);
    }

    /** Issue 14: "disabled" was said before the password was checked, naming a registered address. */
    @Test
    void aDisabledAccountIsNamedOnlyToWhoKnowsItsPassword() throws Exception {
        jdbc.update(
                "update account set enabled = false where email = ?",
                account.email().toLowerCase(Locale.ROOT));
        String unknownUser = login(TestData.unique("nobody") + "@example.org", "not the password at all", owner);
        assertThat(login(account.email(), "not the password at all", owner))
                .isEqualTo("/login?error")
                .isEqualTo(unknownUser);
        assertThat(login(account.email(), account.password(), owner)).isEqualTo("/login?disabled");
    }

    @Test
    void aRegisteredAndAnUnknownEmailGetTheSameAnswersAttemptAfterAttempt() throws Exception {
        String unknown = TestData.unique("nobody") + "@example.org";
        List<String> registeredAnswers = new ArrayList<>();
        List<String> unknownAnswers = new ArrayList<>();
        for (int attempt = 1; attempt <= 12; attempt++) {
            registeredAnswers.add(login(account.email(), "wrong password " + attempt, stranger));
            unknownAnswers.add(login(unknown, "wrong password " + attempt, stranger));
        }

        assertThat(registeredAnswers).isEqualTo(unknownAnswers);
        assertThat(registeredAnswers.subList(0, 5)).containsOnly("/login?error");
        assertThat(registeredAnswers.getLast()).isEqualTo(THROTTLED);
    }

    @Test
    void theOwnerStillLogsInAfterAStrangersFiftyFailuresFromAnotherAddress() throws Exception {
        for (int attempt = 1; attempt <= 50; attempt++) {
            assertThat(login(account.email(), "wrong password " + attempt, stranger))
                    .isIn("/login?error", THROTTLED);
        }
        assertThat(login(account.email(), account.password(), stranger))
                .as("the stranger's address waits, even with the right password")
                .isEqualTo(THROTTLED);

        assertThat(login(account.email(), account.password(), owner)).isEqualTo("/");
    }

    @Test
    void aProgramManagerCannotBeLockedByStrangers() throws Exception {
        for (int attempt = 1; attempt <= 50; attempt++) {
            login(TestData.DEMO_PROGRAM_MANAGER, "wrong password " + attempt, stranger);
        }
        assertThat(login(TestData.DEMO_PROGRAM_MANAGER, TestData.DEMO_PASSWORD, address()))
                .isEqualTo("/");
    }

    @Test
    void aBrowserThatLoggedInBeforeKeepsTryingWhileStrangersOnItsAddressWait() throws Exception {
        MvcResult first = mvc.perform(loginRequest(account.email(), account.password(), owner))
                .andReturn();
        Cookie device = first.getResponse().getCookie("portal-login-device");
        assertThat(device).isNotNull();
        assertThat(device.isHttpOnly()).isTrue();

        for (int attempt = 1; attempt <= 10; attempt++) {
            login(account.email(), "wrong password " + attempt, owner);
        }
        assertThat(login(account.email(), account.password(), owner)).isEqualTo(THROTTLED);

        MvcResult withCookie = mvc.perform(
                        loginRequest(account.email(), account.password(), owner).cookie(device))
                .andReturn();
        assertThat(withCookie.getResponse().getRedirectedUrl()).endsWith("/");
    }

    @Test
    void aSuccessfulLoginStartsTheFailureCountAgain() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            login(account.email(), "wrong password " + attempt, owner);
        }
        assertThat(login(account.email(), account.password(), owner)).isEqualTo("/");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(login(account.email(), "wrong password " + attempt, owner))
                    .isEqualTo("/login?error");
        }
        assertThat(login(account.email(), account.password(), owner)).isEqualTo("/");
    }

    @Test
    void everyCheckedPasswordIsAuditedAndAWaitingAttemptIsNotChecked() throws Exception {
        for (int attempt = 1; attempt <= 8; attempt++) {
            login(account.email(), "wrong password " + attempt, stranger);
        }
        assertThat(counts.auditRowsForActor("LOGIN_FAILED", account.email())).isEqualTo(6);
    }

    @Test
    void emailsAreNotCaseSensitiveAtLogin() throws Exception {
        assertThat(login(account.email().toUpperCase(), account.password(), owner))
                .isEqualTo("/");
    }

    private String login(String email, String password, String address) throws Exception {
        MvcResult result = mvc.perform(loginRequest(email, password, address)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        String location = result.getResponse().getRedirectedUrl();
        return location == null ? "" : location.replaceFirst("^https?://[^/]+", "");
    }

    /** The login form's POST, with its CSRF token, from a client address. */
    private static MockHttpServletRequestBuilder loginRequest(String email, String password, String address) {
        return post("/login")
                .param("username", email)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    /** An address in the documentation ranges, new for each use. */
    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(100, 256) + "." + random.nextInt(1, 255);
    }
}
