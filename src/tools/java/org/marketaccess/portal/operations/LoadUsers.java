package org.marketaccess.portal.operations;

import static org.marketaccess.portal.identity.SystemAuthentication.runAsSystem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marketaccess.portal.dataset.Dataset;
import org.marketaccess.portal.dataset.DatasetImportService;
import org.marketaccess.portal.dataset.ImportProgress;
import org.marketaccess.portal.dataset.ImportReport;
import org.marketaccess.portal.identity.AccountId;
import org.marketaccess.portal.identity.AccountService;
import org.marketaccess.portal.identity.NewAccount;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.organization.OrganizationService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The load benchmark's people, made once before the nodes start through the portal's own services (a
 * portal without web in the benchmark's process, on the benchmark's schema): the demo data (its
 * providers' opportunities are what the startups match), and N verified startups, each with one
 * member and one published need, brought in as a data set through the program's bulk import, the
 * members joined the way the demo's startup user joins HeartLoop.
 */
final class LoadUsers {

    static final String PASSWORD = "load benchmark passphrase";

    /** A virtual user's login and the id of its organization's one need. */
    record User(String email, String needId) {}

    private LoadUsers() {}

    static List<User> create(int count, String url, String user, String password, Path work) throws IOException {
        Path dataset = Files.createDirectories(work.resolve("dataset"));
        writeDataset(count, dataset);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.url", url);
        settings.put("spring.datasource.username", user);
        settings.put("spring.datasource.password", password);
        settings.put("spring.flyway.schemas", LoadBenchmark.SCHEMA);
        settings.put("spring.flyway.create-schemas", "true");
        settings.put("portal.demo.enabled", "true");
        settings.put("portal.insight.monthly-summary", "false");
        settings.put(
                "portal.search.index-directory",
                work.resolve("setup-index").toAbsolutePath().toString());
        ConfigurableApplicationContext context = PortalWithoutWeb.start(settings);
        try {
            ImportReport report = runAsSystem(
                    () -> context.getBean(DatasetImportService.class).importDirectory(dataset, ImportProgress.NONE));
            if (!report.imported()) {
                throw new IllegalStateException("the load data set is invalid: " + report.describe());
            }
            AccountService accounts = context.getBean(AccountService.class);
            OrganizationService organizations = context.getBean(OrganizationService.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            List<User> users = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                int n = i;
                String email = "load-" + n + "@load.example";
                runAsSystem(() -> {
                    AccountId account =
                            accounts.createAccount(new NewAccount(email, "Load User " + n, PASSWORD, Roles.STARTUP));
                    organizations.addMember(
                            organizations
                                    .findByExternalId("load-org-" + n)
                                    .orElseThrow()
                                    .id(),
                            account);
                    return account;
                });
                String need = jdbc.queryForObject(
                        "select cast(id as varchar) from need where external_id = ?", String.class, "load-need-" + n);
                users.add(new User(email, need));
            }
            return users;
        } finally {
            context.close();
        }
    }

    /** N startups in Massachusetts (the demo providers' cluster), each with a heart-failure monitoring need. */
    private static void writeDataset(int count, Path directory) throws IOException {
        List<String> organizations = new ArrayList<>();
        List<String> needs = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            organizations.add(("{\"cluster\": \"massachusetts\", \"listedInDirectory\": false, \"id\": \"load-org-%d\","
                            + " \"type\": \"startup\", \"name\": \"Load Startup %d\", \"description\": \"Connected"
                            + " scales and blood pressure cuffs with nurse triage for heart failure patients at home.\","
                            + " \"region\": \"massachusetts\", \"website\": \"https://load-%d.example\", \"contact\":"
                            + " {\"name\": \"Load User %d\", \"email\": \"contact-%d@load.example\","
                            + " \"phone\": \"+1 617 555 0100\"}}")
                    .formatted(n, n, n, n, n));
            needs.add(("{\"id\": \"load-need-%d\", \"organizationId\": \"load-org-%d\", \"title\": \"Hospital partner"
                            + " %d to pilot heart failure remote monitoring with nurse triage\", \"description\":"
                            + " \"Cellular scales and blood pressure cuffs with registered-nurse triage keep heart"
                            + " failure patients stable after discharge; we integrate with Epic via FHIR and look for"
                            + " a hospital to enroll patients at discharge and reduce readmissions.\", \"sought\":"
                            + " [\"pilot-site\"], \"categories\": [\"remote-monitoring\", \"care-coordination\"],"
                            + " \"clinicalAreas\": [\"cardiology\"], \"careSettings\": [\"home\", \"outpatient\"],"
                            + " \"stage\": \"market-ready\", \"certifications\": [\"hipaa\", \"soc2\","
                            + " \"fda-cleared\"], \"integrations\": [\"fhir\", \"epic\"], \"regions\":"
                            + " [\"massachusetts\", \"new-england\"], \"anonymous\": false}")
                    .formatted(n, n, n));
        }
        Files.write(directory.resolve(Dataset.ORGANIZATIONS), organizations);
        Files.write(directory.resolve(Dataset.NEEDS), needs);
    }
}
