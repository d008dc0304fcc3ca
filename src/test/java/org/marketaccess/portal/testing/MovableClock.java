package org.marketaccess.portal.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that a test moves forward, for rules that depend on time (a link that expires). It starts
 * at the real time, so that what the test writes sits among the other rows. A test class imports
 * {@link Configuration} with the property {@link #OVERRIDING} and gets the application's clock
 * replaced (its own application context).
 */
public final class MovableClock extends Clock {

    /** For {@code @TestPropertySource}: the test's clock replaces the application's bean of the same name. */
    public static final String OVERRIDING = "spring.main.allow-bean-definition-overriding=true";

    // whole milliseconds: the database keeps microseconds and may round what is finer
    private volatile Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        /** Named like the application's clock, which it replaces (bean overriding is on for these tests). */
        @Bean("clock")
        @Primary
        MovableClock clock() {
            return new MovableClock();
        }
    }
}
