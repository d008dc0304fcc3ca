package org.marketaccess.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.PortalApplication;
import org.marketaccess.portal.identity.AccountService;
import org.marketaccess.portal.identity.SystemAuthentication;
import org.marketaccess.portal.organization.OrganizationId;
import org.marketaccess.portal.organization.OrganizationService;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.organization.Registration;
import org.marketaccess.portal.organization.RegistrationService;
import org.marketaccess.portal.organization.VerificationStatus;
import org.marketaccess.portal.testing.TestData;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The default profile's H2 file database keeps what was registered across a restart. */
class PersistenceAcrossRestartIT {

    private static final Path DATA = Path.of("target", "restart-it");

    @BeforeEach
    void startFromAnEmptyDataDirectory() throws IOException {
        if (Files.exists(DATA)) {
            try (Stream<Path> files = Files.walk(DATA)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void anOrganizationRegisteredBeforeARestartIsStillThereAfterIt() {
        Registration registration = TestData.registration(OrganizationType.PROVIDER);
        OrganizationId id;
        try (ConfigurableApplicationContext first = start()) {
            id = SystemAuthentication.runAsSystem(
                    () -> first.getBean(RegistrationService.class).register(registration));
            assertThat(SystemAuthentication.runAsSystem(
                            () -> first.getBean(AccountService.class).countByRole()))
                    .as("demo data seeded on the first start")
                    .containsEntry("ADMIN", 1L);
        }

        try (ConfigurableApplicationContext second = start()) {
            var profile = SystemAuthentication.runAsSystem(() ->
                    second.getBean(OrganizationService.class).organization(id).orElseThrow());
            assertThat(profile.name()).isEqualTo(registration.organizationName());
            assertThat(profile.status()).isEqualTo(VerificationStatus.PENDING_VERIFICATION);
            assertThat(SystemAuthentication.runAsSystem(
                            () -> second.getBean(AccountService.class).countByRole()))
                    .as("demo data not seeded twice")
                    .containsEntry("ADMIN", 1L);
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PortalApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:h2:file:./" + DATA.resolve("portal")
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        "--portal.search.index-directory=" + DATA.resolve("index"),
                        "--vaadin.launch-browser=false");
    }
}
