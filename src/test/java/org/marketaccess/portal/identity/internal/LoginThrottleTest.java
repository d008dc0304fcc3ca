package org.marketaccess.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.identity.internal.LoginThrottle.Attempt;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new MovingClock(), 20);

    private final Attempt stranger = new Attempt("pm@example.org", "203.0.113.9", null);

    @Test
    void fiveFailuresAreFreeThenEachOneDoublesTheWaitUpToFiveMinutes() {
        assertThat(LoginThrottle.delay(5, 5)).isZero();
        assertThat(LoginThrottle.delay(6, 5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(LoginThrottle.delay(7, 5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(LoginThrottle.delay(13, 5)).isEqualTo(Duration.ofSeconds(128));
        assertThat(LoginThrottle.delay(14, 5)).isEqualTo(Duration.ofSeconds(256));
        assertThat(LoginThrottle.delay(15, 5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(LoginThrottle.delay(1_000_000, 5)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theSixthFailureOfOneEmailFromOneAddressMakesItWait() {
        for (int failure = 1; failure <= 5; failure++) {
            throttle.failed(stranger);
            assertThat(throttle.waitFor(stranger)).isEmpty();
        }
        throttle.failed(stranger);
        assertThat(throttle.waitFor(stranger)).contains(Duration.ofSeconds(1));
        now = now.plusSeconds(1);
        assertThat(throttle.waitFor(stranger)).isEmpty();
    }

    @Test
    void theSameEmailFromAnotherAddressIsNotHeldUp() {
        for (int failure = 1; failure <= 50; failure++) {
            throttle.failed(stranger);
        }
        assertThat(throttle.waitFor(stranger)).isPresent();
        assertThat(throttle.waitFor(new Attempt("PM@example.org ", "198.51.100.4", null)))
                .isEmpty();
    }

    @Test
    void aBrowserWithTheDeviceCookieIsCountedOnItsOwn() {
        for (int failure = 1; failure <= 50; failure++) {
            throttle.failed(stranger);
        }
        assertThat(throttle.waitFor(new Attempt("pm@example.org", "203.0.113.9", "nonce")))
                .isEmpty();
    }

    @Test
    void oneAddressTryingManyEmailsWaitsAfterTwentyFailures() {
        for (int failure = 1; failure <= 20; failure++) {
            throttle.failed(new Attempt("guess" + failure + "@example.org", "203.0.113.9", null));
        }
        Attempt other = new Attempt("other@example.org", "203.0.113.9", null);
        assertThat(throttle.waitFor(other)).isEmpty();
        throttle.failed(new Attempt("guess21@example.org", "203.0.113.9", null));
        assertThat(throttle.waitFor(other)).isPresent();
        assertThat(throttle.waitFor(new Attempt("other@example.org", "198.51.100.4", null)))
                .isEmpty();
    }

    @Test
    void theRightPasswordStartsThatEmailAgainAndAnHourWithoutFailuresForgetsThem() {
        for (int failure = 1; failure <= 6; failure++) {
            throttle.failed(stranger);
        }
        throttle.succeeded(stranger);
        assertThat(throttle.waitFor(stranger)).isEmpty();

        for (int failure = 1; failure <= 6; failure++) {
            throttle.failed(stranger);
        }
        now = now.plus(Duration.ofMinutes(61));
        throttle.failed(stranger);
        assertThat(throttle.waitFor(stranger)).isEmpty();
    }

    private final class MovingClock extends Clock {

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
