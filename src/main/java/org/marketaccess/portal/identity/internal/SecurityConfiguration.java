package org.marketaccess.portal.identity.internal;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.marketaccess.portal.identity.AccountService;
import org.marketaccess.portal.identity.ui.LoginView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.web.SecurityFilterChain;

/** The web security of the portal; absent when the application runs as a command (no web server). */
@Configuration
@ConditionalOnWebApplication
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountService accountService) throws Exception {
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/styles/**", "/images/**").permitAll());
        // A signed-in user's mistyped address reaches Vaadin, which answers with the "Page not found"
        // view (404); the configurer's default refuses it with an empty 403 before Vaadin sees it.
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class).anyRequest(AuthorizedUrl::authenticated));
        http.with(new LoginFailureConfigurer(new LoginFailureHandler(accountService)), configurer -> {});
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
