package org.marketaccess.portal.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A portal node as operators run it: {@code java -jar} on the packaged jar, in a process of its own
 * with its own port, working directory, index directory and log, on the {@code postgres} profile.
 */
final class PortalNode implements AutoCloseable {

    final String name;
    final int port;
    final Path directory;
    final Path log;
    private final Process process;

    private PortalNode(String name, int port, Path directory, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.directory = directory;
        this.log = log;
        this.process = process;
    }

    /** The packaged portal ({@code package} runs before failsafe), if it has been built. */
    static Optional<Path> jar() {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "market-access-portal-*.jar")) {
            for (Path jar : jars) {
                return Optional.of(jar.toAbsolutePath());
            }
            return Optional.empty();
        } catch (IOException noTarget) {
            return Optional.empty();
        }
    }

    /**
     * Starts a node; returns at once (nodes start in parallel), {@link #awaitReady} waits for it.
     *
     * @param jdbcUrl the database (a schema of the test's own), its account from the environment
     * @param properties further {@code --name=value} arguments
     */
    static PortalNode start(String name, Path jar, Path directory, int port, String jdbcUrl, List<String> properties)
            throws IOException {
        Files.createDirectories(directory);
        Path log = directory.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-jar",
                jar.toString(),
                "--spring.profiles.active=postgres",
                "--server.port=" + port,
                "--portal.base-url=http://localhost:" + port,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.hikari.maximum-pool-size=5",
                "--portal.search.index-directory=" + directory.resolve("index").toAbsolutePath(),
                "--spring.main.banner-mode=off"));
        command.addAll(properties);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // the account stays out of the command line (ps shows it)
        builder.environment().put("PORTAL_DB_USER", env("PORTAL_TEST_DB_USER", "portal"));
        builder.environment().put("PORTAL_DB_PASSWORD", env("PORTAL_TEST_DB_PASSWORD", "portal"));
        Process process = builder.start();
        // should the test's JVM end before the test stops its nodes (a failsafe timeout), they end with it
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        return new PortalNode(name, port, directory, log, process);
    }

    String base() {
        return "http://localhost:" + port;
    }

    /**
     * Waits for the node's "Portal ready" line: its login page answers before its start-up work (the
     * demo data, the index catching up) is done. Fails with the log's end if the process ends or takes
     * too long.
     */
    void awaitReady(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("node " + name + " stopped at start (exit " + process.exitValue()
                        + "); its log ends:\n" + logTail(60));
            }
            if (Files.exists(log) && !logLines("Portal ready").isEmpty()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(
                "node " + name + " was not ready within " + patience + "; its log ends:\n" + logTail(60));
    }

    /** SIGKILL: no shutdown hook, no index commit, no transaction completed. Returns the exit value. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("node " + name + " still runs 30 s after SIGKILL");
        }
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** The lines of the node's log that contain the text. */
    List<String> logLines(String containing) {
        return readLog().stream().filter(line -> line.contains(containing)).toList();
    }

    String logTail(int lines) {
        List<String> all = readLog();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private List<String> readLog() {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A graceful stop (SIGTERM), forced after 30 s. */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
