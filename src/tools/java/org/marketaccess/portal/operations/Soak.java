package org.marketaccess.portal.operations;

import com.microsoft.playwright.Page;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.marketaccess.portal.PortalApplication;
import org.marketaccess.portal.testing.Chromium;
import org.marketaccess.portal.testing.DefaultProfile;
import org.marketaccess.portal.testing.PortalPages;
import org.marketaccess.portal.testing.TestData;

/**
 * The soak check of the default profile ({@code scripts/soak}): the portal in a process of its own on
 * a fresh embedded database, its connection pool retiring connections after {@code pool-lifetime},
 * driven in Chromium through the whole loop (register, verify, post both sides, request, approve,
 * accept) round after round for {@code minutes}. Prints each round, then the log's ERROR lines and a
 * {@code RESULT} line; exits 1 when a round failed or the log has an ERROR.
 */
public final class Soak {

    private static final Pattern ERROR_LINE = Pattern.compile("^\\S+\\s+ERROR\\s.*");

    private Soak() {}

    public static void main(String[] args) throws Exception {
        Duration length = Duration.ofMinutes(args.length > 0 ? Long.parseLong(args[0]) : 10);
        Duration poolLifetime = Duration.parse("PT" + (args.length > 1 ? args[1] : "3m").toUpperCase());
        if (poolLifetime.compareTo(Duration.ofSeconds(30)) < 0) {
            throw new IllegalArgumentException("the pool's lifetime is at least 30s (HikariCP's minimum)");
        }
        Path run =
                Path.of("target", "soak", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(run);
        Path log = run.resolve("portal.log");
        int port = PortalProcess.freePort();
        System.out.printf(
                "Soak: %d min against a fresh embedded database in %s, pool max-lifetime %ds, log %s%n",
                length.toMinutes(), run.resolve("data"), poolLifetime.toSeconds(), log);

        Process portal = startPortal(run, port, poolLifetime, log);
        int rounds = 0;
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        try {
            String base = "http://localhost:" + port;
            PortalProcess.awaitLoginPage(base, portal, log);
            long deadline = System.nanoTime() + length.toNanos();
            while (System.nanoTime() < deadline) {
                rounds++;
                long roundStart = System.nanoTime();
                try (Chromium chromium = new Chromium()) {
                    try {
                        round(new PortalPages(chromium, base), rounds);
                        System.out.printf(
                                "round %d done in %.1f s (%.1f min into the soak)%n",
                                rounds, seconds(roundStart), seconds(started) / 60);
                    } catch (RuntimeException | AssertionError failed) {
                        chromium.screenshotEveryPage("soak-round-" + rounds);
                        failures.add("round " + rounds + ": " + failed.getMessage());
                        System.out.printf("round %d FAILED: %s%n", rounds, failed);
                    }
                }
            }
        } finally {
            portal.destroy();
            if (!portal.waitFor(60, TimeUnit.SECONDS)) {
                portal.destroyForcibly();
            }
        }

        List<String> errors;
        try (var lines = Files.lines(log)) {
            errors = lines.filter(line -> ERROR_LINE.matcher(line).matches()).collect(Collectors.toList());
        }
        errors.stream().limit(20).forEach(line -> System.out.println("LOG " + line));
        failures.forEach(failure -> System.out.println("FAILED " + failure));
        System.out.printf(
                "RESULT soak_minutes=%.1f pool_max_lifetime_s=%d rounds=%d failed_rounds=%d log_errors=%d log=%s%n",
                seconds(started) / 60, poolLifetime.toSeconds(), rounds, failures.size(), errors.size(), log);
        System.exit(failures.isEmpty() && errors.isEmpty() ? 0 : 1);
    }

    /** One loop through the portal: every table with a check constraint gets rows and updates. */
    private static void round(PortalPages pages, int round) {
        String tag = TestData.unique("soak" + round);
        String organization = "Soak Cardio " + tag;
        String startupEmail = pages.registerStartup(organization, tag);
        Page manager = pages.login(TestData.DEMO_PROGRAM_MANAGER, TestData.DEMO_PASSWORD);
        pages.verify(manager, organization);
        Page startup = pages.login(startupEmail, PortalPages.PASSWORD);
        String need = pages.publishNeed(startup, "Heart failure telemonitoring " + tag);
        Page provider = pages.login(TestData.DEMO_PROVIDER, TestData.DEMO_PASSWORD);
        String opportunity = pages.publishOpportunity(provider, "Heart failure readmissions " + tag);
        String introduction =
                pages.requestIntroduction(startup, need, opportunity, "We monitor heart failure at home. " + tag);
        pages.approve(manager, introduction);
        pages.accept(provider, introduction);
        startup.navigate(pages.url("/matching-opportunities/" + need));
        startup.getByText("Heart failure readmissions " + tag).first().waitFor();
    }

    private static Process startPortal(Path run, int port, Duration poolLifetime, Path log) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        // the application's classpath: the test classes stay out, as they are out of a user's run
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = List.of(
                java,
                "-cp",
                classpath,
                PortalApplication.class.getName(),
                "--server.port=" + port,
                "--spring.datasource.url="
                        + DefaultProfile.databaseUrl(run.resolve("data").resolve("portal")),
                "--portal.search.index-directory="
                        + run.resolve("data").resolve("index").toAbsolutePath(),
                "--spring.datasource.hikari.max-lifetime=" + poolLifetime.toMillis());
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
