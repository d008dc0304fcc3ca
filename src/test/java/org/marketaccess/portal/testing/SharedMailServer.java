package org.marketaccess.portal.testing;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test context (profile "test") at the JVM's shared GreenMail, with the lowest
 * precedence: a test class's own server ({@code @DynamicPropertySource}) wins. The portal then sends
 * by SMTP in tests as in production, and a single-use link, which the outbox erases once the mail has
 * left, is read from the mail that arrived (AccountMailbox).
 */
public class SharedMailServer implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.matchesProfiles("test")) {
            return;
        }
        int port = TestMailServer.shared().getSmtp().getPort();
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        "shared-test-mail-server", Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", port)));
    }
}
