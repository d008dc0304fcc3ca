package org.marketaccess.portal.operations;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marketaccess.portal.testing.Chromium;
import org.marketaccess.portal.testing.DefaultProfile;
import org.marketaccess.portal.testing.PortalPages;
import org.marketaccess.portal.testing.TestData;

/**
 * What an open matches page costs ({@code scripts/measure-sessions}): the packaged portal (production
 * mode, as users run it) on a fresh embedded database, then N Chromium sessions, each signed in as
 * the demo startup on "Matching opportunities". Prints the requests and WebSocket frames one idle tab
 * sends per second over 30 s, and then the heap per UI session: the heap used after full
 * collections with the N sessions open, less the same figure before them (the baseline, measured in
 * the same run), over N. {@code -Dfootprint.dump=true} also writes heap dumps before and after.
 */
public final class SessionFootprint {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    /** Longer than the portal's keep-alive timeout: the idle tab holds only its push connection then. */
    private static final Duration IDLE_WINDOW = Duration.ofSeconds(30);

    private SessionFootprint() {}

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path jar = Path.of(args.length > 1 ? args[1] : "target/market-access-portal-0.1.0-SNAPSHOT.jar");
        if (sessions < 1 || !Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(
                    "usage: SessionFootprint SESSIONS JAR (build the jar with ./mvnw package)");
        }
        Path run = Path.of(
                "target", "footprint", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(run);
        Path log = run.resolve("portal.log");
        int port = PortalProcess.freePort();
        String base = "http://localhost:" + port;
        // further arguments go to the portal (e.g. --vaadin.pushMode=disabled, to compare)
        List<String> extra = List.of(args).subList(Math.min(2, args.length), args.length);
        Process portal = start(jar, run, port, log, extra);
        try {
            PortalProcess.awaitLoginPage(base, portal, log);
            try (Chromium chromium = new Chromium()) {
                PortalPages pages = new PortalPages(chromium, base);
                // one session first, closed again: classes loaded and caches warm before the baseline
                Page warm = openMatches(pages);
                warm.context().close();
                long before = usedHeapAfterFullGc(portal.pid());
                Files.writeString(run.resolve("histogram-before.txt"), jcmd(portal.pid(), "GC.class_histogram"));
                if (Boolean.getBoolean("footprint.dump")) {
                    jcmd(
                            portal.pid(),
                            "GC.heap_dump " + run.resolve("before.hprof").toAbsolutePath());
                }

                List<Page> open = new ArrayList<>();
                for (int i = 0; i < sessions; i++) {
                    open.add(openMatches(pages));
                }
                double idle = idleTrafficPerSecond(open.getFirst());
                long after = usedHeapAfterFullGc(portal.pid());
                // what the sessions hold, class by class: compare the two files
                Files.writeString(run.resolve("histogram-after.txt"), jcmd(portal.pid(), "GC.class_histogram"));
                if (Boolean.getBoolean("footprint.dump")) {
                    jcmd(
                            portal.pid(),
                            "GC.heap_dump " + run.resolve("after.hprof").toAbsolutePath());
                }
                double perSessionKb = (after - before) / 1024.0 / sessions;
                System.out.printf(
                        "heap after full GC: %.1f MB before, %.1f MB with %d sessions on the matches page%n",
                        before / 1048576.0, after / 1048576.0, sessions);
                System.out.printf(
                        "RESULT sessions=%d heap_per_session_kb=%.0f idle_requests_per_s=%.2f baseline_heap_mb=%.1f%n",
                        sessions, perSessionKb, idle, before / 1048576.0);
            }
        } finally {
            portal.destroy();
            if (!portal.waitFor(60, TimeUnit.SECONDS)) {
                portal.destroyForcibly();
            }
        }
    }

    private static Page openMatches(PortalPages pages) {
        Page page = pages.login(TestData.DEMO_STARTUP, TestData.DEMO_PASSWORD);
        page.navigate(pages.url("/matching-opportunities"));
        page.locator(".result-card").first().waitFor();
        page.waitForTimeout(1_000); // not "network idle": a polling page (the old main) never is
        return page;
    }

    /** Requests and WebSocket frames one open tab sends over the idle window, per second. */
    private static double idleTrafficPerSecond(Page page) {
        AtomicInteger sent = new AtomicInteger();
        page.onRequest(request -> sent.incrementAndGet());
        page.onWebSocket(socket -> socket.onFrameSent(frame -> sent.incrementAndGet()));
        page.waitForTimeout(IDLE_WINDOW.toMillis()); // Playwright hands over its events while waiting
        return sent.get() / (double) IDLE_WINDOW.toSeconds();
    }

    /**
     * Bytes in use after a full collection (jcmd GC.run, then GC.heap_info), once the figure has
     * settled: the portal's own start-up work (demo data, the index's first fill) ends on its own time,
     * so collections repeat, a second apart, until two in a row differ by less than 256 KB. Pages that
     * poll keep it moving: after ten collections the least figure is taken, and said so.
     */
    private static long usedHeapAfterFullGc(long pid) throws Exception {
        long previous = -1;
        long least = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 10; attempt++) {
            jcmd(pid, "GC.run");
            Matcher used = USED.matcher(jcmd(pid, "GC.heap_info"));
            if (!used.find()) {
                throw new IllegalStateException("jcmd GC.heap_info printed no 'used' figure");
            }
            long now = Long.parseLong(used.group(1)) * 1024;
            if (previous >= 0 && Math.abs(now - previous) < 256 * 1024) {
                return now;
            }
            previous = now;
            least = Math.min(least, now);
            Thread.sleep(1_000);
        }
        System.out.println("the heap in use did not settle within 10 collections: the least figure is taken");
        return least;
    }

    private static String jcmd(long pid, String command) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        List<String> line = new ArrayList<>(List.of(jcmd.toString(), Long.toString(pid)));
        line.addAll(List.of(command.split(" ")));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + output);
        }
        return output;
    }

    private static Process start(Path jar, Path run, int port, Path log, List<String> extra) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(
                java.toString(),
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--spring.datasource.url="
                        + DefaultProfile.databaseUrl(run.resolve("data").resolve("portal")),
                "--portal.search.index-directory="
                        + run.resolve("data").resolve("index").toAbsolutePath()));
        command.addAll(extra);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }
}
