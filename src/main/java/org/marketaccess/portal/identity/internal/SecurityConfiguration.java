package org.marketaccess.portal.identity.internal;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import org.marketaccess.portal.identity.TwoFactorService;
import org.marketaccess.portal.identity.ui.LoginView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/** The web security of the portal; absent when the application runs as a command (no web server). */
@Configuration
@ConditionalOnWebApplication
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * What the pages may load and run: everything from the portal itself, nothing from elsewhere.
     * Vaadin Flow needs inline styles, and inline scripts and {@code eval} for its bootstrap and
     * {@code executeJs}; its nonce-based strict mode does not work with push yet (vaadin/flow#20329).
     * Components draw icons from {@code data:} URLs; charts are inline SVG. Checked in Chromium on
     * every route for every role (EveryPageFitsBrowserIT: no CSP violation in the console).
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Browser features the portal never uses, off for it and anything it might embed. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /**
     * The password first, the account's status after it: Spring checks a disabled account before the
     * password by default, so that answer ({@code ?disabled}) would tell anyone that the address is
     * registered. Checked afterwards, it reaches only who knows the password.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            RequestUtil requestUtil,
            LoginThrottle throttle,
            DeviceCookies deviceCookies,
            TwoFactorService twoFactor,
            AccountRepository accounts)
            throws Exception {
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/styles/**", "/images/**").permitAll());
        // A signed-in user's mistyped address reaches Vaadin, which answers with the "Page not found"
        // view (404); the configurer's default refuses it with an empty 403 before Vaadin sees it.
        // Vaadin's configurer exempts the login form's POST from Spring's CSRF check, which lets another
        // site sign a visitor in to an account of its choosing (login CSRF). The login page carries
        // the token (Vaadin writes it as <meta name="_csrf">) and the login form sends it, so only
        // Vaadin's own requests, which its protocol protects with a token of its own, are exempt.
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)
                .anyRequest(AuthorizedUrl::authenticated));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
        // Strict-Transport-Security: Spring Security's default, sent on requests that came over HTTPS
        // a session that signed in before the password last changed ends here (docs/decisions/021)
        http.addFilterAfter(new SessionCredentialsFilter(accounts), SecurityContextHolderFilter.class);
        http.with(new LoginFailureConfigurer(new LoginFailureHandler()), configurer -> {});
        // after the CSRF check, before the password is checked
        http.addFilterBefore(
                new LoginThrottleFilter(throttle, deviceCookies), UsernamePasswordAuthenticationFilter.class);
        // a login that owes a second factor is marked at its answer; until then pages lead to that step
        http.addFilterAfter(new SecondFactorFilter(twoFactor, requestUtil), LoginThrottleFilter.class);
        return http.build();
    }

    /** Runs after Vaadin's configurer so that its default failure URL gives way to ours. */
    private static final class LoginFailureConfigurer
            extends AbstractHttpConfigurer<LoginFailureConfigurer, HttpSecurity> {

        private final LoginFailureHandler handler;

        LoginFailureConfigurer(LoginFailureHandler handler) {
            this.handler = handler;
        }

        @Override
        public void init(HttpSecurity http) {
            http.formLogin(form -> form.failureHandler(handler));
        }
    }
}
