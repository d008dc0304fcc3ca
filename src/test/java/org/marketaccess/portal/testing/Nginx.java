package org.marketaccess.portal.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * nginx in front of two portal nodes with the repository's configuration (deploy/nginx, rendered by
 * deploy/nginx/render as scripts/run-cluster does), as a foreground process of its own under
 * {@code directory}; its access log (one line per request, with the node that answered) is
 * {@link #accessLog()}.
 */
public final class Nginx implements AutoCloseable {

    private final Process process;
    private final Path directory;
    private final int port;

    private Nginx(Process process, Path directory, int port) {
        this.process = process;
        this.directory = directory;
        this.port = port;
    }

    /** Renders the configuration for {@code nodeA} and {@code nodeB} (host:port) and starts nginx on {@code port}. */
    public static Nginx start(Path directory, int port, String nodeA, String nodeB) throws Exception {
        Path dir = directory.toAbsolutePath();
        Process render = new ProcessBuilder(
                        "bash", "deploy/nginx/render", dir.toString(), "127.0.0.1:" + port, nodeA, nodeB)
                .redirectErrorStream(true)
                .start();
        String rendered = new String(render.getInputStream().readAllBytes());
        if (render.waitFor() != 0) {
            throw new IllegalStateException("deploy/nginx/render failed: " + rendered);
        }
        Path log = dir.resolve("nginx.log");
        Process nginx = new ProcessBuilder(
                        RequiresNginx.executable().toString(),
                        "-p",
                        dir.toString(),
                        "-e",
                        dir.resolve("error.log").toString(),
                        "-c",
                        dir.resolve("nginx.conf").toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return new Nginx(nginx, dir, port);
            } catch (IOException notYet) {
                if (!nginx.isAlive() || System.nanoTime() > deadline) {
                    nginx.destroyForcibly();
                    throw new IllegalStateException("nginx did not start: " + Files.readString(log)
                            + Files.readString(dir.resolve("error.log")));
                }
                Thread.sleep(100);
            }
        }
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    /** The access log's lines so far: {@code … "GET /path HTTP/1.1" 200 … route=portal_a upstream=host:port …}. */
    public List<String> accessLog() throws IOException {
        return Files.readAllLines(directory.resolve("nginx.log"));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: nginx's fast shutdown
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
