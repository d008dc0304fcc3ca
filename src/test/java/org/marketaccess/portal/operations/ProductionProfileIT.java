package org.marketaccess.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.PortalApplication;
import org.marketaccess.portal.identity.AccountService;
import org.marketaccess.portal.identity.SystemAuthentication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The 'prod' profile: settings from outside, no demo data, the first administrator from the environment. */
class ProductionProfileIT {

    private static final String DATABASE = "--spring.datasource.url=jdbc:h2:mem:prod-%s;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Test
    void startsWithoutDemoDataAndWithTheAdministratorFromTheEnvironment() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PortalApplication.class)
                .profiles("prod")
                .run(
                        "--server.port=0",
                        "--portal.search.index-directory=target/prod-it-index/" + UUID.randomUUID(),
                        DATABASE.formatted(UUID.randomUUID()),
                        "--portal.bootstrap-admin.email=ops@program.example",
                        "--portal.bootstrap-admin.password=a long operator passphrase")) {
            AccountService accounts = context.getBean(AccountService.class);
            assertThat(accounts.isEmailRegistered("ops@program.example")).isTrue();
            assertThat(accounts.isEmailRegistered("admin@demo.marketaccess.org"))
                    .isFalse();
            assertThat(SystemAuthentication.runAsSystem(accounts::countByRole))
                    .containsEntry("ADMIN", 1L)
                    .containsEntry("STARTUP", 0L)
                    .containsEntry("PROGRAM_MANAGER", 0L);
        }
    }

    @Test
    void refusesToStartWithoutAnyWayToAdministerIt() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(PortalApplication.class)
                        .profiles("prod")
                        .run(
                                "--server.port=0",
                                "--portal.search.index-directory=target/prod-it-index/" + UUID.randomUUID(),
                                DATABASE.formatted(UUID.randomUUID()))
                        .close())
                .hasStackTraceContaining("PORTAL_ADMIN_EMAIL");
    }

    @Test
    void refusesAWeakAdministratorPassword() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(PortalApplication.class)
                        .profiles("prod")
                        .run(
                                "--server.port=0",
                                "--portal.search.index-directory=target/prod-it-index/" + UUID.randomUUID(),
                                DATABASE.formatted(UUID.randomUUID()),
                                "--portal.bootstrap-admin.email=ops@program.example",
                                "--portal.bootstrap-admin.password=short")
                        .close())
                .hasStackTraceContaining("password.too-short");
    }
}
