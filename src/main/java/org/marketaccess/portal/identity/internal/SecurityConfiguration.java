package org.marketaccess.portal.identity.internal;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import java.util.Map;
import org.marketaccess.portal.identity.AccountService;
import org.marketaccess.portal.identity.ui.LoginView;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Service;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(prePostEnabled = false)
class SecurityConfiguration {

    private static final String PBKDF2 = "pbkdf2@SpringSecurity_v5_8";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountService accountService) throws Exception {
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/styles/**", "/images/**").permitAll());
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        http.with(new LoginFailureConfigurer(new LoginFailureHandler(accountService)), configurer -> {});
        return http.build();
    }

    /**
     * {@code @RolesAllowed}/{@code @PermitAll} enforced on services only. Views carry the same
     * annotations for Vaadin's navigation access control; they must not become Spring proxies, so the
     * method-security interceptor is limited to {@code @Service} classes.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor serviceAccessRules() {
        return new AuthorizationManagerBeforeMethodInterceptor(
                new AnnotationMatchingPointcut(Service.class, true), new Jsr250AuthorizationManager());
    }

    /**
     * Spring Security's delegating encoder, encoding new hashes with PBKDF2 rather than its default
     * bcrypt: bcrypt reads only the first 72 bytes, and the password rules allow 128 characters.
     * Hashes of the other ids (bcrypt) still verify, so the choice can change later.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                PBKDF2,
                Map.of(
                        PBKDF2,
                        Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                        "bcrypt",
                        new BCryptPasswordEncoder()));
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
