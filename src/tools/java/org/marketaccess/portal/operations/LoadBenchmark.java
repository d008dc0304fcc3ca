package org.marketaccess.portal.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * The load benchmark ({@code scripts/benchmark-load}): virtual users in real Chromium sessions go round
 * a startup's journey against the packaged portal on PostgreSQL, first against one node with more and
 * more users (2, 5, 10, 20, 40 …) until p95 exceeds a second or an error appears, then against two nodes
 * on the same database at the comparison load, half of the users on each node as a balancer with
 * sticky sessions would place them. Prints each step and {@code RESULT} lines; why real browsers and
 * how to read the figures on a small machine: decision 035.
 */
public final class LoadBenchmark {

    static final String SCHEMA = "load_benchmark";

    private record Settings(int users, List<Integer> steps, Duration warmUp, Duration measured) {}

    /** A step's figures with what each node held at its end. */
    private record Outcome(LoadFigures.Step step, List<String> heapMb, List<Integer> sessions, List<Long> loggedIn) {}

    private LoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || !Files.isRegularFile(Path.of(args[0]))) {
            throw new IllegalArgumentException(
                    "usage: LoadBenchmark JAR [USERS [STEPS [SECONDS]]] | JAR quick (build the jar with ./mvnw package)");
        }
        Path jar = Path.of(args[0]);
        Settings settings = settings(Arrays.copyOfRange(args, 1, args.length));
        Path run =
                Path.of("target", "load", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(run);
        String user = env("PORTAL_DB_USER", "portal");
        String password = env("PORTAL_DB_PASSWORD", "portal");
        String url = "jdbc:postgresql://" + env("PORTAL_DB_HOST", "localhost") + ":" + env("PORTAL_DB_PORT", "5432")
                + "/" + env("PORTAL_DB_NAME", "portal") + "?currentSchema=" + SCHEMA;
        dropSchema(url, user, password);
        System.out.printf(
                Locale.ROOT,
                "Load benchmark: %d cores on this machine, shared by the portal nodes, PostgreSQL and every"
                        + " virtual user's Chromium; the figures measure this whole machine, not a node alone.%n"
                        + "Steps %s users on one node, then %d users on two nodes; %d s warm-up and %d s measured"
                        + " per step; logs in %s%n",
                Runtime.getRuntime().availableProcessors(),
                settings.steps(),
                settings.users(),
                settings.warmUp().toSeconds(),
                settings.measured().toSeconds(),
                run);

        int accounts = Math.max(
                settings.users(),
                settings.steps().stream().mapToInt(Integer::intValue).max().orElse(0));
        long setup = System.nanoTime();
        List<LoadUsers.User> users = LoadUsers.create(accounts, url, user, password, run);
        System.out.printf(Locale.ROOT, "%d startups with a member and a need made in %.1f s%n", accounts, since(setup));

        List<LoadFigures.Step> capacitySteps = new ArrayList<>();
        Outcome oneNode = null;
        Outcome twoNodes;
        try (LoadNode a = LoadNode.start("node-a", jar, run, url, user, password)) {
            System.out.println("node-a up at " + a.base);
            warmUp(a, users, settings);
            for (int step : settings.steps()) {
                Outcome outcome = step(List.of(a), users.subList(0, step), settings);
                capacitySteps.add(outcome.step());
                if (step == settings.users()) {
                    oneNode = outcome;
                }
                if (!LoadFigures.goOn(outcome.step())) {
                    break;
                }
            }
            if (oneNode == null) {
                oneNode = step(List.of(a), users.subList(0, settings.users()), settings);
            }
            try (LoadNode b = LoadNode.start("node-b", jar, run, url, user, password)) {
                System.out.println("node-b up at " + b.base + " (same database, its own index directory)");
                warmUp(b, users, settings);
                twoNodes = step(List.of(a, b), users.subList(0, settings.users()), settings);
                System.out.printf("log ERROR lines: node-a %d, node-b %d%n", a.logErrors(), b.logErrors());
            }
        }
        dropSchema(url, user, password);

        print(1, oneNode);
        print(2, twoNodes);
        LoadFigures.Step last = capacitySteps.getLast();
        String why = last.viewsHeld()
                ? "the largest step tried held"
                : "stopped at " + last.users() + " users: views p95 " + last.viewsP95Ms() + " ms, " + last.errors()
                        + " errors";
        System.out.printf(
                "RESULT capacity nodes=1 users_at_p95_le_1s=%d users_at_views_p95_le_1s=%d steps=%s (%s; %d cores"
                        + " shared with every user's Chromium)%n",
                LoadFigures.capacity(capacitySteps, LoadFigures.Step::held),
                LoadFigures.capacity(capacitySteps, LoadFigures.Step::viewsHeld),
                capacitySteps.stream().map(s -> String.valueOf(s.users())).collect(Collectors.joining(",")),
                why,
                Runtime.getRuntime().availableProcessors());
        System.exit(0);
    }

    /** Starts the users (half per node when there are two), warms up, measures, reads the nodes, stops. */
    private static Outcome step(List<LoadNode> nodes, List<LoadUsers.User> people, Settings settings) throws Exception {
        List<VirtualUser.Sample> samples = VirtualUser.newSampleList();
        AtomicBoolean recording = new AtomicBoolean();
        List<VirtualUser> users = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            users.add(new VirtualUser(nodes.get(i % nodes.size()), people.get(i), recording::get, samples));
        }
        // sessions of earlier steps' users live on until they time out (30 min): this step's are the growth
        List<Integer> sessionsBefore = new ArrayList<>();
        for (LoadNode node : nodes) {
            sessionsBefore.add(node.sessions());
        }
        long started = System.nanoTime();
        for (VirtualUser user : users) {
            user.start();
        }
        for (VirtualUser user : users) {
            user.awaitReady();
        }
        System.out.printf(
                Locale.ROOT,
                "%n== %d users on %d node(s): browsers started in %.1f s%n",
                people.size(),
                nodes.size(),
                since(started));
        Thread.sleep(settings.warmUp().toMillis());
        recording.set(true);
        Thread.sleep(settings.measured().toMillis());
        recording.set(false);
        // read with the users still logged in: the heap and sessions of this load
        List<String> heap = new ArrayList<>();
        List<Integer> sessions = new ArrayList<>();
        List<Long> loggedIn = new ArrayList<>();
        for (LoadNode node : nodes) {
            loggedIn.add(users.stream()
                    .filter(user -> user.node() == node && user.signedIn())
                    .count());
            sessions.add(node.sessions() - sessionsBefore.get(sessions.size()));
            heap.add(String.format(Locale.ROOT, "%.0f", node.heapAfterGcMb()));
        }
        users.forEach(VirtualUser::stop);
        for (VirtualUser user : users) {
            user.awaitStopped();
        }
        List<VirtualUser.Sample> measured;
        synchronized (samples) {
            measured = List.copyOf(samples);
        }
        LoadFigures.Step step = figures(people.size(), measured, null);
        describe(measured, nodes);
        System.out.printf(
                "step: users=%d pages=%d p50_ms=%d p95_ms=%d views_p95_ms=%d errors=%d heap_mb=%s sessions=%s"
                        + " logged_in=%s -> %s%n",
                step.users(),
                step.samples(),
                step.p50Ms(),
                step.p95Ms(),
                step.viewsP95Ms(),
                step.errors(),
                String.join(",", heap),
                sessions.stream().map(String::valueOf).collect(Collectors.joining(",")),
                loggedIn.stream().map(String::valueOf).collect(Collectors.joining(",")),
                step.held() ? "held" : step.viewsHeld() ? "views held, page loads did not" : "did not hold");
        return new Outcome(step, heap, sessions, loggedIn);
    }

    /**
     * A node just started runs its code in the interpreter and its caches are cold: two users go round
     * on it, unmeasured, before its first step (the warm-up of each step then only fills the steps).
     */
    private static void warmUp(LoadNode node, List<LoadUsers.User> people, Settings settings) throws Exception {
        List<VirtualUser> users = new ArrayList<>();
        for (LoadUsers.User person : people.subList(people.size() - 2, people.size())) {
            users.add(new VirtualUser(node, person, () -> false, VirtualUser.newSampleList()));
        }
        users.forEach(VirtualUser::start);
        Thread.sleep(settings.warmUp().multipliedBy(2).toMillis());
        users.forEach(VirtualUser::stop);
        for (VirtualUser user : users) {
            user.awaitStopped();
        }
    }

    /** p50/p95 per kind of page and per node: where the time goes. */
    private static void describe(List<VirtualUser.Sample> samples, List<LoadNode> nodes) {
        Map<String, List<VirtualUser.Sample>> byStep = new TreeMap<>(samples.stream()
                .filter(sample -> sample.error() == null)
                .collect(Collectors.groupingBy(VirtualUser.Sample::step)));
        byStep.forEach((name, list) -> {
            List<Long> ms = list.stream().map(VirtualUser.Sample::ms).toList();
            System.out.printf(
                    "  %-13s n=%4d p50=%5d ms p95=%5d ms%n",
                    name, ms.size(), LoadFigures.percentile(ms, 50), LoadFigures.percentile(ms, 95));
        });
        if (nodes.size() > 1) {
            for (LoadNode node : nodes) {
                LoadFigures.Step step = figures(0, samples, node.name);
                System.out.printf(
                        "  %-13s n=%4d p50=%5d ms p95=%5d ms views p95=%5d ms errors=%d%n",
                        node.name, step.samples(), step.p50Ms(), step.p95Ms(), step.viewsP95Ms(), step.errors());
            }
        }
        samples.stream()
                .filter(sample -> sample.error() != null)
                .limit(5)
                .forEach(sample ->
                        System.out.printf("  error on %s at %s: %s%n", sample.node(), sample.step(), sample.error()));
    }

    private static LoadFigures.Step figures(int users, List<VirtualUser.Sample> samples, String node) {
        List<VirtualUser.Sample> chosen = samples.stream()
                .filter(sample -> node == null || node.equals(sample.node()))
                .toList();
        List<Long> latencies = chosen.stream()
                .filter(sample -> sample.error() == null)
                .map(VirtualUser.Sample::ms)
                .toList();
        List<Long> views = chosen.stream()
                .filter(sample -> sample.error() == null && !VirtualUser.pageLoad(sample.step()))
                .map(VirtualUser.Sample::ms)
                .toList();
        int errors =
                (int) chosen.stream().filter(sample -> sample.error() != null).count();
        return LoadFigures.Step.of(users, latencies, views, errors);
    }

    private static void print(int nodes, Outcome outcome) {
        LoadFigures.Step step = outcome.step();
        System.out.printf(
                "RESULT nodes=%d users=%d p50_ms=%d p95_ms=%d views_p95_ms=%d errors=%d pages=%d heap_mb=%s"
                        + " sessions=%s logged_in=%s%n",
                nodes,
                step.users(),
                step.p50Ms(),
                step.p95Ms(),
                step.viewsP95Ms(),
                step.errors(),
                step.samples(),
                String.join(",", outcome.heapMb()),
                outcome.sessions().stream().map(String::valueOf).collect(Collectors.joining(",")),
                outcome.loggedIn().stream().map(String::valueOf).collect(Collectors.joining(",")));
    }

    private static Settings settings(String[] args) {
        if (args.length > 0 && args[0].equals("quick")) {
            return new Settings(4, List.of(2, 4), Duration.ofSeconds(10), Duration.ofSeconds(20));
        }
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<Integer> steps = args.length > 1
                ? Arrays.stream(args[1].split(",")).map(Integer::valueOf).toList()
                : List.of(2, 5, 10, 20, 40);
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        if (users < 2 || steps.isEmpty() || steps.stream().anyMatch(step -> step < 1) || seconds < 5) {
            throw new IllegalArgumentException("USERS at least 2, STEPS e.g. 5,10,20,40, SECONDS at least 5");
        }
        return new Settings(
                users, steps.stream().sorted().toList(), Duration.ofSeconds(10), Duration.ofSeconds(seconds));
    }

    private static void dropSchema(String url, String user, String password) throws Exception {
        try (var connection = DriverManager.getConnection(url, user, password);
                var statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static double since(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
