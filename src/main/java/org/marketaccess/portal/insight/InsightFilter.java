package org.marketaccess.portal.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.marketaccess.portal.organization.OrganizationId;
import org.marketaccess.portal.organization.OrganizationType;

/**
 * Which introductions the dashboard counts: those requested (or, for the trend and the declines,
 * whose step happened) from {@code from} to {@code to}, both days included, in the program's time
 * zone; and, where set, those where either side is in {@code region} (or a region inside it),
 * either posting has {@code category} or {@code clinicalArea}, the requester is of {@code
 * requester} type, or {@code organization} is either side, or either side is of {@code cluster}
 * (decision 028). A null filter field means "any" (for a manager: any of their clusters).
 */
public record InsightFilter(
        LocalDate from,
        LocalDate to,
        String region,
        String category,
        String clinicalArea,
        OrganizationType requester,
        OrganizationId organization,
        String cluster) {

    /** A filter of no particular cluster. */
    public InsightFilter(
            LocalDate from,
            LocalDate to,
            String region,
            String category,
            String clinicalArea,
            OrganizationType requester,
            OrganizationId organization) {
        this(from, to, region, category, clinicalArea, requester, organization, null);
    }

    public InsightFilter {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a period needs both ends");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts: " + from + " to " + to);
        }
        region = blankToNull(region);
        category = blankToNull(category);
        clinicalArea = blankToNull(clinicalArea);
        cluster = blankToNull(cluster);
    }

    /** The last {@code days} days up to today, with no other filter. */
    public static InsightFilter lastDays(int days, Clock clock, ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return new InsightFilter(today.minusDays(days - 1L), today, null, null, null, null, null);
    }

    public InsightFilter withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new InsightFilter(newFrom, newTo, region, category, clinicalArea, requester, organization, cluster);
    }

    public InsightFilter withRegion(String newRegion) {
        return new InsightFilter(from, to, newRegion, category, clinicalArea, requester, organization, cluster);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
