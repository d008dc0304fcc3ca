package org.marketaccess.portal.insight;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.insight.*}: the program's time zone (days and months are counted in it), how many
 * days in review count as waiting too long, the score below which a posting counts as a gap, and
 * the monthly summary e-mail (a cron expression in the program's zone, and whether it is sent).
 */
@ConfigurationProperties("portal.insight")
public record InsightSettings(
        ZoneId zone, Integer reviewDays, Double gapThreshold, Boolean monthlySummary, String monthlySummaryCron) {

    public InsightSettings {
        zone = zone == null ? ZoneId.of("UTC") : zone;
        reviewDays = reviewDays == null ? 7 : reviewDays;
        gapThreshold = gapThreshold == null ? 40.0 : gapThreshold;
        monthlySummary = monthlySummary == null || monthlySummary;
        monthlySummaryCron = monthlySummaryCron == null ? "0 0 7 1 * *" : monthlySummaryCron;
        if (reviewDays < 0) {
            throw new IllegalArgumentException("portal.insight.review-days must not be negative");
        }
        if (gapThreshold < 0 || gapThreshold > 100) {
            throw new IllegalArgumentException("portal.insight.gap-threshold must be between 0 and 100");
        }
    }
}
