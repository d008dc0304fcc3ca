package org.marketaccess.portal.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without ever locking an account (decision 022). Failed logins are
 * counted per key: the typed e-mail together with the client address, and the client address alone;
 * a browser holding a device cookie for the typed e-mail is counted on its own key instead. After a
 * key's free failures each further one doubles the wait before that key may try again, up to
 * {@link #MAX_DELAY}. Keys are made from the typed string whether or not an account has it, so the
 * answer never tells which e-mails are registered, and a stranger elsewhere never slows the owner.
 */
@Component
public class LoginThrottle {

    /** Failures of one e-mail from one address (or one device) before the waits begin. */
    static final int FREE_PER_ACCOUNT = 5;

    /**
     * Failures from one address over all e-mails before the waits begin: an office behind one address.
     * Tests, which all come from 127.0.0.1, raise it.
     */
    static final int FREE_PER_ADDRESS = 20;

    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofMinutes(5);

    /** A key without a failure for this long starts again from nothing. */
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    /** Bounds the memory a flood of made-up e-mails can take; the address keys still slow the flood. */
    static final int MAX_KEYS = 100_000;

    /** Longer input is not an e-mail anyone registered; the key keeps only this much of it. */
    private static final int MAX_EMAIL = 254;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int freePerAddress;

    LoginThrottle(
            Clock clock,
            @Value("${portal.security.login-throttle.free-per-address:" + FREE_PER_ADDRESS + "}") int freePerAddress) {
        this.clock = clock;
        this.freePerAddress = freePerAddress;
    }

    /**
     * One login attempt as the throttle sees it.
     *
     * @param device the nonce of a valid device cookie for this e-mail, or null
     */
    public record Attempt(String email, String address, String device) {

        public Attempt {
            email = normalize(email);
            address = address == null ? "" : address;
        }

        /** The second step of a login: counted per account only, as the password was already right. */
        public static Attempt secondFactor(String email) {
            return new Attempt("second-factor:" + email, "", "second-factor");
        }

        private List<String> keys() {
            if (device != null) {
                return List.of("device\n" + device + "\n" + email);
            }
            return List.of("account\n" + email + "\n" + address, "address\n" + address);
        }
    }

    /** How long this attempt must still wait, if it must; it is then refused without checking the password. */
    public Optional<Duration> waitFor(Attempt attempt) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (String key : attempt.keys()) {
            Failures counted = failures.get(key);
            if (counted != null) {
                Duration left = Duration.between(now, counted.retryAt(free(key)));
                if (left.compareTo(longest) > 0) {
                    longest = left;
                }
            }
        }
        return longest.isPositive() ? Optional.of(longest) : Optional.empty();
    }

    public void failed(Attempt attempt) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_KEYS) {
            forgetOld(now);
        }
        for (String key : attempt.keys()) {
            failures.compute(
                    key,
                    (k, counted) -> counted == null || counted.forgotten(now)
                            ? new Failures(1, now)
                            : new Failures(counted.count() + 1, now));
        }
    }

    /** The right password: this e-mail from here starts again; the address's count stays. */
    public void succeeded(Attempt attempt) {
        failures.remove(attempt.keys().getFirst());
    }

    private void forgetOld(Instant now) {
        failures.values().removeIf(counted -> counted.forgotten(now));
        if (failures.size() >= MAX_KEYS) {
            // still flooded: drop the per-e-mail keys, the per-address ones keep slowing the sender
            failures.keySet().removeIf(key -> !key.startsWith("address\n"));
        }
    }

    private int free(String key) {
        return key.startsWith("address\n") ? freePerAddress : FREE_PER_ACCOUNT;
    }

    static String normalize(String email) {
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return normalized.length() > MAX_EMAIL ? normalized.substring(0, MAX_EMAIL) : normalized;
    }

    /** The wait after {@code failures} failures of a key that has {@code free} of them. */
    static Duration delay(int failures, int free) {
        int beyond = failures - free;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        if (beyond > 20) {
            return MAX_DELAY;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << (beyond - 1));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private record Failures(int count, Instant last) {

        Instant retryAt(int free) {
            return last.plus(delay(count, free));
        }

        boolean forgotten(Instant now) {
            return last.plus(FORGET_AFTER).isBefore(now);
        }
    }
}
