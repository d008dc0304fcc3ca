package org.marketaccess.portal.identity.internal;

import java.util.Map;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.stereotype.Service;

/** Access rules on services and password hashing: on in the web application and in commands alike. */
@Configuration
@EnableMethodSecurity(prePostEnabled = false)
class MethodSecurityConfiguration {

    private static final String PBKDF2 = "pbkdf2@SpringSecurity_v5_8";

    /**
     * {@code @RolesAllowed}/{@code @PermitAll} enforced on services only. Views carry the same
     * annotations for Vaadin's navigation access control; they must not become Spring proxies, so the
     * method-security interceptor is limited to {@code @Service} classes (docs/decisions/001).
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
}
