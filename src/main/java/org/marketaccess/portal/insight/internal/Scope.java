package org.marketaccess.portal.insight.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.marketaccess.portal.insight.InsightFilter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The filter as SQL over {@code introduction i}: a condition and its parameters. Only values go in
 * as parameters; the zone, checked by {@link ZoneId}, is the one literal.
 */
public record Scope(String condition, MapSqlParameterSource parameters, ZoneId zone) {

    /** {@code clusters}: either side must be of one of them; null for every cluster. */
    static Scope of(InsightFilter filter, Set<String> regions, Set<String> clusters, ZoneId zone) {
        StringBuilder condition = new StringBuilder("1 = 1");
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("from", filter.from().atStartOfDay(zone).toOffsetDateTime())
                .addValue("to", filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        if (!regions.isEmpty()) {
            condition.append(" and (i.requester_org in (select o.id from organization o where o.region in (:regions))"
                    + " or i.recipient_org in (select o.id from organization o where o.region in (:regions)))");
            parameters.addValue("regions", regions);
        }
        if (clusters != null) {
            condition.append(" and (i.requester_cluster in (:clusters) or i.recipient_cluster in (:clusters))");
            parameters.addValue("clusters", clusters.isEmpty() ? Set.of("-none-") : clusters);
        }
        term(condition, parameters, "CATEGORY", "category", filter.category());
        term(condition, parameters, "CLINICAL_AREA", "clinicalArea", filter.clinicalArea());
        if (filter.requester() != null) {
            condition.append(" and i.requester_type = :requester");
            parameters.addValue("requester", filter.requester().name());
        }
        if (filter.organization() != null) {
            condition.append(" and (i.requester_org = :organization or i.recipient_org = :organization)");
            parameters.addValue("organization", filter.organization().value());
        }
        return new Scope(condition.toString(), parameters, zone);
    }

    private static void term(
            StringBuilder condition, MapSqlParameterSource parameters, String kind, String name, String code) {
        if (code == null) {
            return;
        }
        condition
                .append(" and (i.need_id in (select t.need_id from need_term t where t.kind = '")
                .append(kind)
                .append("' and t.code = :")
                .append(name)
                .append(") or i.opportunity_id in (select t.opportunity_id from opportunity_term t where t.kind = '")
                .append(kind)
                .append("' and t.code = :")
                .append(name)
                .append("))");
        parameters.addValue(name, code);
    }

    /** Days from {@code from} to {@code to}, as a decimal: null when either is null. */
    static String days(String from, String to) {
        return "(extract(epoch from (" + to + " - " + from + ")) / 86400.0)";
    }

    /** A time's month in the program's zone, as yyyymm. */
    String month(String column) {
        String local = "(" + column + " at time zone '" + zone.getId() + "')";
        return "(extract(year from " + local + ") * 100 + extract(month from " + local + "))";
    }

    /** The same parameters with a few more (a copy: one scope serves several queries). */
    MapSqlParameterSource with(Object... namesAndValues) {
        MapSqlParameterSource copy = new MapSqlParameterSource(parameters.getValues());
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            copy.addValue(
                    (String) namesAndValues[i], value instanceof Instant at ? at.atOffset(ZoneOffset.UTC) : value);
        }
        return copy;
    }
}
