package org.marketaccess.portal.identity.internal;

import org.marketaccess.portal.identity.AccountService;
import org.marketaccess.portal.identity.NewAccount;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.identity.SystemAuthentication;
import org.marketaccess.portal.shared.OnceAcrossNodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In production the first administrator comes from the environment ({@code PORTAL_ADMIN_EMAIL},
 * {@code PORTAL_ADMIN_PASSWORD}). Without an administrator and without those, the portal refuses to
 * start rather than run with nobody able to manage it.
 */
@Component
@Profile("prod")
@Order(0)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final AccountRepository accounts;
    private final AccountService accountService;
    private final String email;
    private final String password;
    private final String name;
    private final OnceAcrossNodes nodes;

    BootstrapAdmin(
            AccountRepository accounts,
            AccountService accountService,
            @Value("${portal.bootstrap-admin.email:}") String email,
            @Value("${portal.bootstrap-admin.password:}") String password,
            @Value("${portal.bootstrap-admin.name:Portal administrator}") String name,
            OnceAcrossNodes nodes) {
        this.nodes = nodes;
        this.accounts = accounts;
        this.accountService = accountService;
        this.email = email;
        this.password = password;
        this.name = name;
    }

    @Override
    public void run(ApplicationArguments args) {
        // two nodes starting together: one creates the administrator, the other waits and finds it
        nodes.exclusively(OnceAcrossNodes.START_UP, () -> {
            if (accounts.countByRole(Roles.ADMIN) > 0) {
                return;
            }
            if (email.isBlank() || password.isBlank()) {
                throw new IllegalStateException(
                        "No administrator exists yet: set PORTAL_ADMIN_EMAIL and PORTAL_ADMIN_PASSWORD to create the first one");
            }
            SystemAuthentication.runAsSystem(
                    () -> accountService.createAccount(new NewAccount(email, name, password, Roles.ADMIN)));
            log.info("Created the first administrator account {}", email);
        });
    }
}
