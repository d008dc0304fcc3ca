package org.marketaccess.portal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.marketaccess.portal.dataset.Dataset;
import org.marketaccess.portal.dataset.DatasetImportService;
import org.marketaccess.portal.dataset.ImportProgress;
import org.marketaccess.portal.dataset.ImportReport;
import org.marketaccess.portal.identity.AccountId;
import org.marketaccess.portal.identity.AccountService;
import org.marketaccess.portal.identity.LoginPageHints;
import org.marketaccess.portal.identity.NewAccount;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.identity.SystemAuthentication;
import org.marketaccess.portal.identity.TwoFactorService;
import org.marketaccess.portal.organization.OrganizationCard;
import org.marketaccess.portal.organization.OrganizationId;
import org.marketaccess.portal.organization.OrganizationService;
import org.marketaccess.portal.organization.Registration;
import org.marketaccess.portal.organization.RegistrationService;
import org.marketaccess.portal.shared.OnceAcrossNodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo on first start (when no demo admin exists yet) through the same services people
 * use: the verified organizations and their postings come in as the program's data set
 * ({@code demo/*.jsonl}, through the bulk import), the organizations still waiting for verification
 * register themselves, and the demo startup and provider users join HeartLoop and Harborview.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner, LoginPageHints {

    static final String STARTUP = "startup@demo.marketaccess.org";
    static final String PROVIDER = "provider@demo.marketaccess.org";
    static final String PROGRAM_MANAGER = "pm@demo.marketaccess.org";
    static final String ADMIN = "admin@demo.marketaccess.org";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoProperties properties;
    private final AccountService accounts;
    private final RegistrationService registrations;
    private final OrganizationService organizations;
    private final DatasetImportService imports;
    private final TwoFactorService twoFactor;
    private final OnceAcrossNodes nodes;

    DemoData(
            DemoProperties properties,
            AccountService accounts,
            RegistrationService registrations,
            OrganizationService organizations,
            DatasetImportService imports,
            TwoFactorService twoFactor,
            OnceAcrossNodes nodes) {
        this.nodes = nodes;
        this.properties = properties;
        this.accounts = accounts;
        this.registrations = registrations;
        this.organizations = organizations;
        this.imports = imports;
        this.twoFactor = twoFactor;
    }

    @Override
    public String demoTwoFactorSecret() {
        return twoFactorSecret();
    }

    @Override
    public List<DemoLogin> demoLogins() {
        return List.of(
                new DemoLogin(Roles.STARTUP, STARTUP, properties.password()),
                new DemoLogin(Roles.PROVIDER, PROVIDER, properties.password()),
                new DemoLogin(Roles.PROGRAM_MANAGER, PROGRAM_MANAGER, properties.password()),
                new DemoLogin(Roles.ADMIN, ADMIN, properties.password()));
    }

    @Override
    public void run(ApplicationArguments args) {
        // several nodes starting together: one seeds, the others wait and then find the demo admin
        nodes.exclusively(OnceAcrossNodes.START_UP, () -> {
            if (accounts.isEmailRegistered(ADMIN)) {
                return;
            }
            log.info("Seeding demo data (first start of this database)");
            SystemAuthentication.runAsSystem(this::seed);
            log.info("Demo data seeded; demo logins use the password from portal.demo.password");
        });
    }

    private String twoFactorSecret() {
        return properties.twoFactorSecret() == null ? "" : properties.twoFactorSecret();
    }

    private void seed() {
        String password = properties.password();
        AccountId admin = accounts.createAccount(new NewAccount(ADMIN, "Alex Admin", password, Roles.ADMIN));
        AccountId manager = accounts.createAccount(
                new NewAccount(PROGRAM_MANAGER, "Priya Program", password, Roles.PROGRAM_MANAGER));
        // staff log in with a second factor; the demo's is published on its login page
        if (!twoFactorSecret().isBlank()) {
            twoFactor.enrolWithKnownSecret(admin, twoFactorSecret());
            twoFactor.enrolWithKnownSecret(manager, twoFactorSecret());
        }

        ImportReport report = imports.importDirectory(demoDataset(), ImportProgress.NONE);
        if (!report.imported()) {
            throw new IllegalStateException("The demo data set is invalid: " + report.describe());
        }
        log.info("Demo data set: {}", report.describe());
        join(STARTUP, "Dana Whitfield", Roles.STARTUP, "demo-org-heartloop");
        join(PROVIDER, "Grace Liu", Roles.PROVIDER, "demo-org-harborview");

        for (DemoOrganization organization : DemoOrganizations.ALL) {
            OrganizationId id = registrations.register(new Registration(
                    organization.memberName(),
                    organization.memberEmail(),
                    password,
                    organization.type(),
                    organization.name(),
                    organization.website(),
                    organization.region(),
                    organization.description(),
                    organization.contactName(),
                    organization.contactEmail(),
                    organization.contactPhone(),
                    true));
            switch (organization.status()) {
                case REJECTED ->
                    organizations.reject(
                            id,
                            "We could not confirm the company registration number; please add it to the description.",
                            0);
                case VERIFIED -> organizations.verify(id, "Checked against the company register", 0);
                case PENDING_VERIFICATION -> {
                    // left for the program manager's queue
                }
            }
        }
    }

    private void join(String email, String name, String role, String organizationExternalId) {
        AccountId account = accounts.createAccount(new NewAccount(email, name, properties.password(), role));
        OrganizationCard organization =
                organizations.findByExternalId(organizationExternalId).orElseThrow();
        organizations.addMember(organization.id(), account);
    }

    /** The data set ships in the jar; the import reads directories, so it is copied to a temporary one. */
    private static Path demoDataset() {
        try {
            Path directory = Files.createTempDirectory("portal-demo");
            for (String file : List.of(Dataset.ORGANIZATIONS, Dataset.NEEDS, Dataset.OPPORTUNITIES)) {
                try (InputStream in = DemoData.class.getResourceAsStream("/demo/" + file)) {
                    Files.copy(in, directory.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
                directory.resolve(file).toFile().deleteOnExit();
            }
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the demo data set", e);
        }
    }
}
