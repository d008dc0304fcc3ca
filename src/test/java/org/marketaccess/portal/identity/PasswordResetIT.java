package org.marketaccess.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.testing.AccountMailbox;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.DatabaseCounts;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.Members;
import org.marketaccess.portal.testing.MovableClock;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 14: the password reset by a single-use link that expires, the change of password, and an
 * administrator's reset link. Both end the account's other sessions and are audited.
 */
@IntegrationTest
@Import(MovableClock.Configuration.class)
@TestPropertySource(properties = MovableClock.OVERRIDING)
class PasswordResetIT {

    static final String OLD = "a long enough passphrase";
    static final String NEW = "a brand new passphrase";

    @Autowired
    PasswordService passwords;

    @Autowired
    AccountService accounts;

    @Autowired
    Members members;

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
    ActAs actAs;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    String email;
    String accountId;

    @BeforeEach
    void aMember() {
        email = members.member(OrganizationType.STARTUP, true);
        accountId = jdbc.queryForObject("select id from account where email = ?", String.class, email);
    }

    @Test
    void aResetLinkSetsTheNewPasswordOnceAndOnlyItsHashIsStored() throws Exception {
        passwords.requestReset("  " + email.toUpperCase() + " ");

        String secret = mailbox.latestSecret("password_reset", email);
        assertThat(mailbox.bodies("password_reset", email).getLast())
                .contains("http://localhost:8080/reset-password?token=" + secret);
        // the outbox keeps no working link once the mail has left: a database reader cannot reset
        assertThat(mailbox.storedBodiesOnceSent("password_reset", email).getLast())
                .doesNotContain(secret)
                .contains("[single-use link, not kept]");
        assertThat(jdbc.queryForObject(
                        "select count(*) from account_token where token_hash = ? and account_id = cast(? as uuid)",
                        Long.class,
                        sha256(secret),
                        accountId))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from account_token where token_hash = ?", Long.class, secret))
                .isZero();
        assertThat(passwords.resetLinkState(secret)).isEqualTo(LinkState.VALID);

        passwords.reset(secret, NEW);

        assertThat(loginAnswer(email, NEW)).isEqualTo("/");
        assertThat(loginAnswer(email, OLD)).isEqualTo("/login?error");
        assertThat(passwords.resetLinkState(secret)).isEqualTo(LinkState.USED);
        assertThatThrownBy(() -> passwords.reset(secret, "yet another passphrase"))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("token", "account-link.used"));
        assertThat(loginAnswer(email, NEW)).isEqualTo("/");
        assertThat(counts.auditRows("PASSWORD_RESET_REQUESTED", accountId)).isEqualTo(1);
        assertThat(counts.auditRows("PASSWORD_RESET", accountId)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where details like ? or reason like ?",
                        Long.class,
                        "%" + secret + "%",
                        "%" + secret + "%"))
                .as("the audit trail never holds the link")
                .isZero();
    }

    @Test
    void aLinkWorksForThirtyMinutesThenSaysItExpired() {
        passwords.requestReset(email);
        String secret = mailbox.latestSecret("password_reset", email);

        clock.advance(Duration.ofMinutes(29));
        assertThat(passwords.resetLinkState(secret)).isEqualTo(LinkState.VALID);
        clock.advance(Duration.ofMinutes(1));
        assertThat(passwords.resetLinkState(secret)).isEqualTo(LinkState.EXPIRED);
        assertThatThrownBy(() -> passwords.reset(secret, NEW))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("token", "account-link.expired"));
        assertThat(counts.auditRows("PASSWORD_RESET", accountId)).isZero();
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNothingIsWrittenOrSent() {
        String unknown = TestData.unique("nobody") + "@example.org";
        long tokens = mailbox.tokens();
        long audit = jdbc.queryForObject("select count(*) from audit_event", Long.class);

        passwords.requestReset(unknown);
        passwords.requestReset("not an address at all");
        passwords.requestReset("x".repeat(10_000));

        assertThat(mailbox.mailsTo(unknown)).isZero();
        assertThat(mailbox.tokens()).isEqualTo(tokens);
        assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class))
                .isEqualTo(audit);
    }

    @Test
    void aMadeUpOrMangledLinkIsUnknownAndChangesNothing() {
        passwords.requestReset(email);
        String secret = mailbox.latestSecret("password_reset", email);

        assertThat(passwords.resetLinkState(secret.substring(1))).isEqualTo(LinkState.UNKNOWN);
        assertThat(passwords.resetLinkState(null)).isEqualTo(LinkState.UNKNOWN);
        assertThatThrownBy(() -> passwords.reset(secret + "x", NEW))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("token", "account-link.unknown"));
        assertThat(passwords.resetLinkState(secret)).isEqualTo(LinkState.VALID);
    }

    @Test
    void theNewPasswordFollowsThePolicyAndARefusalLeavesTheLinkUsable() {
        passwords.requestReset(email);
        String secret = mailbox.latestSecret("password_reset", email);

        assertThatThrownBy(() -> passwords.reset(secret, "short"))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("password", "password.too-short"));
        assertThat(passwords.resetLinkState(secret)).isEqualTo(LinkState.VALID);
        assertThat(loginAnswer(email, OLD)).isEqualTo("/");
    }

    @Test
    void aResetEndsTheAccountsSessionsAndUsesUpTheOtherLinks() throws Exception {
        MockHttpSession session = login(email, OLD);
        assertThat(lives(session)).isTrue();
        passwords.requestReset(email);
        String first = mailbox.latestSecret("password_reset", email);
        passwords.requestReset(email);
        String second = mailbox.latestSecret("password_reset", email);
        clock.advance(Duration.ofSeconds(5));

        passwords.reset(second, NEW);

        assertThat(lives(session)).isFalse();
        assertThat(passwords.resetLinkState(first)).isEqualTo(LinkState.USED);
        // a session that signs in after the reset lives on
        MockHttpSession after = login(email, NEW);
        assertThat(lives(after)).isTrue();
    }

    @Test
    void atMostThreeResetMailsPerAccountInHalfAnHour() {
        for (int request = 0; request < 5; request++) {
            passwords.requestReset(email);
        }
        assertThat(mailbox.bodies("password_reset", email)).hasSize(3);

        clock.advance(Duration.ofMinutes(31));
        passwords.requestReset(email);
        assertThat(mailbox.bodies("password_reset", email)).hasSize(4);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneFollowsThePolicyAndEndsTheOtherSessions() throws Exception {
        MockHttpSession other = login(email, OLD);
        clock.advance(Duration.ofSeconds(5));

        actAs.user(email, () -> {
            assertThatThrownBy(() -> passwords.changePassword("not my password", NEW))
                    .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                            .containsEntry("currentPassword", "password.current.wrong"));
            assertThatThrownBy(() -> passwords.changePassword(OLD, "   "))
                    .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                            .containsKey("newPassword"));
        });
        assertThat(lives(other)).isTrue();
        assertThat(counts.auditRows("PASSWORD_CHANGED", accountId)).isZero();

        actAs.user(email, () -> passwords.changePassword(OLD, NEW));

        assertThat(lives(other)).isFalse();
        assertThat(loginAnswer(email, NEW)).isEqualTo("/");
        assertThat(counts.auditRows("PASSWORD_CHANGED", accountId)).isEqualTo(1);
    }

    @Test
    void anAdministratorSendsAResetLinkAndNobodyElseCan() {
        AccountId id = new AccountId(java.util.UUID.fromString(accountId));
        actAs.user(TestData.DEMO_ADMIN, () -> passwords.sendResetLink(id));

        assertThat(mailbox.bodies("password_reset", email)).hasSize(1);
        assertThat(counts.auditRowsForActor("PASSWORD_RESET_REQUESTED", TestData.DEMO_ADMIN))
                .isPositive();
        assertThat(jdbc.queryForObject(
                        "select reason from audit_event where action = 'PASSWORD_RESET_REQUESTED' and subject_id = ?",
                        String.class,
                        accountId))
                .isEqualTo("sent-by-administrator");
        assertThatThrownBy(() -> actAs.user(TestData.DEMO_PROGRAM_MANAGER, () -> passwords.sendResetLink(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(mailbox.bodies("password_reset", email)).hasSize(1);
    }

    /**
     * Sends a request with the session through the security filters: whether the session lives on.
     * A live session passes them and reaches the Vaadin servlet, which MockMvc cannot run (it throws).
     */
    private boolean lives(MockHttpSession session) {
        try {
            mvc.perform(get("/account").session(session));
        } catch (Exception reachedVaadin) {
            // the filters let it through
        }
        return !session.isInvalid();
    }

    private MockHttpSession login(String user, String password) throws Exception {
        var result = mvc.perform(formLogin("/login").user(user).password(password))
                .andExpect(authenticated())
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private String loginAnswer(String user, String password) {
        try {
            return mvc.perform(formLogin("/login").user(user).password(password))
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
