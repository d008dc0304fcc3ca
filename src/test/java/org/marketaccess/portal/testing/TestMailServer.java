package org.marketaccess.portal.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) for a test class on a free port, and reading what it received. A
 * test class that registers its own gets its own application context; every other test context
 * sends to the JVM's shared server (SharedMailServer), so that tests read mails as people receive them.
 */
public final class TestMailServer {

    private TestMailServer() {}

    private static final Map<Integer, GreenMail> SERVERS = new ConcurrentHashMap<>();

    /** A server on a fixed port, so that it can be stopped and started again where the portal expects it. */
    public static GreenMail onPort(int port) {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        SERVERS.put(port, server);
        return server;
    }

    /**
     * The server every test context sends to unless its class brings its own (see
     * SharedMailServer): started once per JVM, on a free port, never stopped before the JVM ends.
     */
    public static synchronized GreenMail shared() {
        GreenMail server = SERVERS.get(SHARED_PORT.get());
        if (server == null) {
            SHARED_PORT.set(freePort());
            server = onPort(SHARED_PORT.get());
            server.start();
        }
        return server;
    }

    private static final java.util.concurrent.atomic.AtomicInteger SHARED_PORT =
            new java.util.concurrent.atomic.AtomicInteger(-1);

    /** The server of this JVM listening on the port, if a test made one. */
    public static java.util.Optional<GreenMail> on(int port) {
        return java.util.Optional.ofNullable(SERVERS.get(port));
    }

    /** Points {@code spring.mail.*} at the port (for a {@code @DynamicPropertySource} method). */
    public static void register(DynamicPropertyRegistry properties, int port) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> port);
    }

    public static List<String> addresses(Address[] addresses) {
        return addresses == null
                ? List.of()
                : Arrays.stream(addresses)
                        .map(address -> ((InternetAddress) address).getAddress())
                        .toList();
    }

    /** The decoded text of a mail (on the wire it may be quoted-printable), with plain line ends. */
    public static String text(MimeMessage mail) {
        try {
            Object content = mail.getContent();
            if (content instanceof Multipart multipart) {
                content = multipart.getBodyPart(0).getContent();
            }
            return content.toString().replace("\r\n", "\n").stripTrailing();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Could not read the mail", e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
