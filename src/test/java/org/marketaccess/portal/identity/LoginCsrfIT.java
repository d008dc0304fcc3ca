package org.marketaccess.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.organization.Registration;
import org.marketaccess.portal.organization.RegistrationService;
import org.marketaccess.portal.testing.DatabaseCounts;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 14's probe: the login form's POST was accepted without a CSRF token, so another site could
 * sign a visitor in to an account of its choosing (login CSRF).
 */
@IntegrationTest
class LoginCsrfIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistrationService registrations;

    @Autowired
    DatabaseCounts counts;

    @Test
    void aLoginWithoutTheTokenIsRefusedAndSignsNobodyIn() throws Exception {
        Registration account = TestData.registration(OrganizationType.STARTUP);
        SystemAuthentication.runAsSystem(() -> registrations.register(account));

        MockHttpServletResponse forged = mvc.perform(
                        post("/login").param("username", account.email()).param("password", account.password()))
                .andReturn()
                .getResponse();

        assertThat(forged.getStatus()).isEqualTo(403);
        assertThat(counts.auditRowsForActor("LOGIN_SUCCEEDED", account.email())).isZero();

        // the login page's own form sends the token: the same account signs in
        MockHttpServletResponse real = mvc.perform(
                        formLogin("/login").user(account.email()).password(account.password()))
                .andReturn()
                .getResponse();
        assertThat(real.getStatus()).isEqualTo(302);
        assertThat(real.getRedirectedUrl()).endsWith("/");
        assertThat(counts.auditRowsForActor("LOGIN_SUCCEEDED", account.email())).isEqualTo(1);
    }
}
