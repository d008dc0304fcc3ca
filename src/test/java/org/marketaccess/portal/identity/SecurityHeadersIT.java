package org.marketaccess.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.marketaccess.portal.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 14, point 6: the headers every page is served with; HSTS only over HTTPS. */
@IntegrationTest
class SecurityHeadersIT {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesCarryAContentSecurityReferrerAndPermissionsPolicy() throws Exception {
        // a page that needs a login: Spring Security answers (a redirect to the login page) with the headers
        MockHttpServletResponse page = mvc.perform(get("/needs")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(302);

        assertThat(page.getHeader("Content-Security-Policy"))
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'");
        assertThat(page.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(page.getHeader("Permissions-Policy")).contains("camera=()", "geolocation=()");
        assertThat(page.getHeader("Strict-Transport-Security"))
                .as("not over plain HTTP")
                .isNull();
    }

    @Test
    void httpsAnswersCarryStrictTransportSecurity() throws Exception {
        MockHttpServletResponse page =
                mvc.perform(get("/needs").secure(true)).andReturn().getResponse();

        assertThat(page.getHeader("Strict-Transport-Security")).contains("max-age=");
    }
}
