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
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) for a test class on a free port, and reading what it received. A
 * test class that registers it gets its own application context that sends by SMTP; every other
 * context writes its mail to the log.
 */
public final class TestMailServer {

    private TestMailServer() {}

    /** A server on a fixed port, so that it can be stopped and started again where the portal expects it. */
    public static GreenMail onPort(int port) {
        return new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
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
