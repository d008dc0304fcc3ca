package org.marketaccess.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.testing.LogCapture;

class RateLimitedWarningsTest {

    @Test
    void oneLinePerKindPerMinuteThenTheCountOfThoseNotLogged() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-30T01:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        RateLimitedWarnings warnings = new RateLimitedWarnings(clock);
        try (LogCapture log = new LogCapture()) {
            for (int i = 0; i < 100; i++) {
                warnings.refused("uidl", 400, "not JSON");
                warnings.refused("ui-id", 400, "v-uiId of 20 characters");
            }
            assertThat(log.atLeast(Level.WARN)).hasSize(2);
            now.set(now.get().plus(Duration.ofSeconds(61)));
            warnings.refused("uidl", 400, "not JSON");
            assertThat(log.atLeast(Level.WARN)).hasSize(3).last().asString().contains("99 more of this kind");
        }
    }
}
