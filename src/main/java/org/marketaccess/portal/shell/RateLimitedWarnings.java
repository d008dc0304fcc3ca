package org.marketaccess.portal.shell;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One short WARN line per kind of refused request per minute, with the number of those not logged
 * since: anyone can send malformed requests, and they must not be able to flood the log.
 */
final class RateLimitedWarnings {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(MalformedRequestFilter.class);

    private final Clock clock;
    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    RateLimitedWarnings(Clock clock) {
        this.clock = clock;
    }

    /** Logs the refusal unless one of the same kind was logged less than a minute ago. */
    void refused(String kind, int status, String detail) {
        Instant now = clock.instant();
        Window window = windows.compute(
                kind,
                (key, current) -> current == null || !now.isBefore(current.start.plus(WINDOW))
                        ? new Window(now, current == null ? 0 : current.suppressed, true)
                        : new Window(current.start, current.suppressed + 1, false));
        if (window.logNow) {
            log.warn(
                    "Refused a malformed request ({}, {}): {}; {} more of this kind in the minute before",
                    kind,
                    status,
                    detail,
                    window.suppressed);
            windows.computeIfPresent(kind, (key, current) -> new Window(current.start, 0, false));
        }
    }

    private record Window(Instant start, long suppressed, boolean logNow) {}
}
