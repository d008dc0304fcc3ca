package org.marketaccess.portal.introduction;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a recipient has to answer ({@code portal.introductions.response-period}, default 14 days)
 * and how long before the end the reminder goes out ({@code reminder-before}, default 3 days).
 */
@ConfigurationProperties("portal.introductions")
public record IntroductionSettings(Duration responsePeriod, Duration reminderBefore, Duration sweepInterval) {

    public IntroductionSettings {
        responsePeriod = responsePeriod == null ? Duration.ofDays(14) : responsePeriod;
        reminderBefore = reminderBefore == null ? Duration.ofDays(3) : reminderBefore;
        sweepInterval = sweepInterval == null ? Duration.ofMinutes(10) : sweepInterval;
        if (responsePeriod.isNegative() || responsePeriod.isZero()) {
            throw new IllegalArgumentException("portal.introductions.response-period must be positive");
        }
        if (reminderBefore.isNegative() || reminderBefore.compareTo(responsePeriod) >= 0) {
            throw new IllegalArgumentException(
                    "portal.introductions.reminder-before must be shorter than the response period");
        }
    }
}
