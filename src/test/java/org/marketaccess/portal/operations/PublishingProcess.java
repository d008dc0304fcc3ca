package org.marketaccess.portal.operations;

import java.nio.file.Path;
import org.marketaccess.portal.PortalApplication;
import org.marketaccess.portal.identity.SystemAuthentication;
import org.marketaccess.portal.matching.internal.IndexSync;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.organization.OrganizationService;
import org.marketaccess.portal.testing.Postings;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The portal in a process of its own, for {@link CrashDuringPublishingIT}: {@code publish} publishes
 * needs without end (printing each commit) until it is killed; {@code verify} starts the portal on
 * the same data, lets it replay what was outstanding, and prints how the index compares.
 */
public final class PublishingProcess {

    private PublishingProcess() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        String mode = args[1];
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PortalApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--spring.datasource.url=jdbc:h2:file:"
                                + data.resolve("portal").toAbsolutePath()
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0",
                        "--portal.search.index-directory="
                                + data.resolve("index").toAbsolutePath(),
                        "--portal.demo.enabled=true",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=warn",
                        "--logging.level.org.marketaccess.portal.matching=info",
                        "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,"
                                + "com.vaadin.flow.spring.VaadinScopesConfig");
        if (mode.equals("publish")) {
            publishForever(context);
        } else {
            verify(context);
            context.close();
            System.exit(0);
        }
    }

    private static void publishForever(ConfigurableApplicationContext context) {
        NeedService needs = context.getBean(NeedService.class);
        TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
        var organization = SystemAuthentication.runAsSystem(() -> context.getBean(OrganizationService.class)
                .findByExternalId("demo-org-heartloop")
                .orElseThrow()
                .id());
        for (int i = 1; ; i++) {
            int n = i;
            SystemAuthentication.runAsSystem(() -> transaction.executeWithoutResult(
                    status -> needs.importNeed("crash-" + n, organization, Postings.need("Crash test need " + n))));
            System.out.println("committed " + n);
            System.out.flush();
        }
    }

    private static void verify(ConfigurableApplicationContext context) throws InterruptedException {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (jdbc.queryForObject("select count(*) from event_publication", Long.class) > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        IndexSync.Differences differences = context.getBean(IndexSync.class).differences();
        long published = jdbc.queryForObject(
                "select count(*) from need where status = 'PUBLISHED' and external_id like 'crash-%'", Long.class);
        long outstanding = jdbc.queryForObject("select count(*) from event_publication", Long.class);
        System.out.println(
                "VERIFY differences=" + differences.size() + " published=" + published + " outstanding=" + outstanding);
    }
}
