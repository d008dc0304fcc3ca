package org.marketaccess.portal.operations;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/** The portal started in a process of its own by a tool: a free port, and waiting for its login page. */
final class PortalProcess {

    private PortalProcess() {}

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits (at most three minutes) until {@code base}/login answers; fails early if the process ends. */
    static void awaitLoginPage(String base, Process portal, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!portal.isAlive()) {
                throw new IllegalStateException("the portal stopped at start; see " + log);
            }
            try {
                HttpURLConnection connection =
                        (HttpURLConnection) URI.create(base + "/login").toURL().openConnection();
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the portal did not answer within 3 minutes; see " + log);
    }
}
