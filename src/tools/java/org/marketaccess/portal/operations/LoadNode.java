package org.marketaccess.portal.operations;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * One portal node of the load benchmark: the packaged jar ({@code java -jar}, profile {@code postgres})
 * on the benchmark's schema, with an index directory and a port of its own, and JMX on a local port so
 * the benchmark can read its heap (after a full collection) and the sessions its Tomcat holds.
 */
final class LoadNode implements AutoCloseable {

    private static final Pattern ERROR_LINE = Pattern.compile("^\\S+\\s+ERROR\\s.*");

    final String name;
    final String base;
    final Path log;
    private final Process process;
    private final int jmxPort;
    private JMXConnector jmx;

    private LoadNode(String name, int port, int jmxPort, Path log, Process process) {
        this.name = name;
        this.base = "http://localhost:" + port;
        this.jmxPort = jmxPort;
        this.log = log;
        this.process = process;
    }

    static LoadNode start(String name, Path jar, Path run, String databaseUrl, String user, String password)
            throws Exception {
        int port = PortalProcess.freePort();
        int jmxPort = PortalProcess.freePort();
        Path log = run.resolve(name + ".log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(
                java.toString(),
                "-Dcom.sun.management.jmxremote.port=" + jmxPort,
                "-Dcom.sun.management.jmxremote.rmi.port=" + jmxPort,
                "-Dcom.sun.management.jmxremote.host=127.0.0.1",
                "-Djava.rmi.server.hostname=127.0.0.1",
                "-Dcom.sun.management.jmxremote.authenticate=false",
                "-Dcom.sun.management.jmxremote.ssl=false",
                "-jar",
                jar.toString(),
                "--spring.profiles.active=postgres",
                "--server.port=" + port,
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--portal.search.index-directory="
                        + run.resolve(name + "-index").toAbsolutePath(),
                // plain http on localhost, as behind a balancer that ends TLS
                "--server.servlet.session.cookie.secure=false",
                "--portal.base-url=http://localhost:" + port,
                // Tomcat's MBeans carry the sessions a node holds
                "--server.tomcat.mbeanregistry.enabled=true"));
        if (ExchangeTrace.ON) {
            // each request with the session it ran in, the cookie it brought and the one it set
            command.addAll(List.of(
                    "--server.tomcat.accesslog.enabled=true",
                    "--server.tomcat.accesslog.directory=" + run.toAbsolutePath(),
                    "--server.tomcat.accesslog.prefix=" + name + "-access",
                    "--server.tomcat.accesslog.pattern="
                            + "%{HH:mm:ss.SSS}t %D %r %s S=%S C=%{Cookie}i SC=%{Set-Cookie}o L=%{Location}o"));
        }
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        // a benchmark stopped with Ctrl-C takes its nodes along
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        LoadNode node = new LoadNode(name, port, jmxPort, log, process);
        try {
            PortalProcess.awaitLoginPage(node.base, process, log);
        } catch (Exception notUp) {
            node.close();
            throw notUp;
        }
        return node;
    }

    /** The heap in use after a full collection, in MB. */
    double heapAfterGcMb() throws IOException {
        MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(
                connection(), ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed() / 1048576.0;
    }

    /** The HTTP sessions Tomcat holds (logged in or not yet expired). */
    int sessions() throws Exception {
        MBeanServerConnection connection = connection();
        Set<ObjectName> managers = connection.queryNames(new ObjectName("*:type=Manager,*"), null);
        int sessions = 0;
        for (ObjectName manager : managers) {
            sessions += (Integer) connection.getAttribute(manager, "activeSessions");
        }
        return sessions;
    }

    long logErrors() throws IOException {
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> ERROR_LINE.matcher(line).matches()).count();
        }
    }

    private MBeanServerConnection connection() throws IOException {
        if (jmx == null) {
            jmx = JMXConnectorFactory.connect(
                    new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmxPort + "/jmxrmi"));
        }
        return jmx.getMBeanServerConnection();
    }

    @Override
    public void close() throws Exception {
        if (jmx != null) {
            try {
                jmx.close();
            } catch (IOException ignored) {
                // the node goes anyway
            }
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
