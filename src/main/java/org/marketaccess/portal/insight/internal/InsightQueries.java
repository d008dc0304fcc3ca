package org.marketaccess.portal.insight.internal;

import static org.marketaccess.portal.insight.internal.Scope.days;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.marketaccess.portal.insight.Failures.DeclineCount;
import org.marketaccess.portal.insight.Failures.Decliner;
import org.marketaccess.portal.insight.Failures.ScoreBand;
import org.marketaccess.portal.insight.Funnel;
import org.marketaccess.portal.insight.Funnel.Exit;
import org.marketaccess.portal.insight.Funnel.FunnelStage;
import org.marketaccess.portal.insight.Funnel.Stage;
import org.marketaccess.portal.insight.InsightService.OrganizationChoice;
import org.marketaccess.portal.insight.TrendMonth;
import org.marketaccess.portal.insight.Waiting.Responder;
import org.marketaccess.portal.insight.Waiting.WaitingRequest;
import org.marketaccess.portal.introduction.DeclineReason;
import org.marketaccess.portal.introduction.IntroductionId;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboard's figures, each one SQL aggregate over the introductions' milestones (decision
 * 010): the database counts, takes medians and groups by month; Java only arranges the few rows
 * that come back. Reads the tables of introduction, organization and the postings' codes; writes
 * nothing.
 */
@Component
public class InsightQueries {

    /** The furthest stage a request reached, 0 (requested) to 6 (contract signed). */
    private static final String REACHED = """
            case when i.contract_signed_at is not null then 6
                 when i.pilot_completed_at is not null then 5
                 when i.pilot_agreed_at is not null then 4
                 when i.meeting_held_at is not null then 3
                 when i.introduced_at is not null then 2
                 when i.approved_at is not null then 1
                 else 0 end""";

    private static final String EXIT = """
            case when i.status = 'WITHDRAWN' then 'WITHDRAWN'
                 when i.status = 'DECLINED_BY_PROGRAM' then 'DECLINED_BY_PROGRAM'
                 when i.status = 'DECLINED_BY_RECIPIENT' then 'DECLINED_BY_RECIPIENT'
                 when i.status = 'EXPIRED' then 'EXPIRED'
                 when i.outcome = 'CLOSED_NO_FIT' then 'CLOSED_NO_FIT'
                 when i.outcome = 'CONTRACT_SIGNED' then 'DONE'
                 else 'OPEN' end""";

    /** The time each stage was reached, in funnel order (the request's own time first). */
    private static final String[] STAGE_TIMES = {
        "i.created_at",
        "i.approved_at",
        "i.introduced_at",
        "i.meeting_held_at",
        "i.pilot_agreed_at",
        "i.pilot_completed_at",
        "i.contract_signed_at"
    };

    private final NamedParameterJdbcTemplate jdbc;

    InsightQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The requests made in the period, stage by stage. */
    public Funnel funnel(Scope scope) {
        long[] reachedExactly = new long[Stage.values().length];
        List<Map<Exit, Long>> left = new ArrayList<>();
        for (int i = 0; i < Stage.values().length; i++) {
            left.add(new EnumMap<>(Exit.class));
        }
        jdbc.query(
                "select reached, exit_kind, count(*) from (select " + REACHED + " as reached, " + EXIT
                        + " as exit_kind from introduction i where " + scope.condition()
                        + " and i.created_at >= :from and i.created_at < :to) r group by reached, exit_kind",
                scope.parameters(),
                row -> {
                    int reached = row.getInt(1);
                    String exit = row.getString(2);
                    long count = row.getLong(3);
                    reachedExactly[reached] += count;
                    if (!exit.equals("DONE")) {
                        left.get(reached).merge(Exit.valueOf(exit), count, Long::sum);
                    }
                });

        StringBuilder percentiles = new StringBuilder("select ");
        for (int stage = 1; stage < STAGE_TIMES.length; stage++) {
            String days = days(STAGE_TIMES[stage - 1], STAGE_TIMES[stage]);
            percentiles
                    .append(stage == 1 ? "" : ", ")
                    .append("percentile_cont(0.5) within group (order by ")
                    .append(days)
                    .append("), percentile_cont(0.9) within group (order by ")
                    .append(days)
                    .append(")");
        }
        percentiles
                .append(" from introduction i where ")
                .append(scope.condition())
                .append(" and i.created_at >= :from and i.created_at < :to");
        Double[] times = jdbc.queryForObject(percentiles.toString(), scope.parameters(), (row, n) -> {
            Double[] values = new Double[2 * (STAGE_TIMES.length - 1)];
            for (int i = 0; i < values.length; i++) {
                values[i] = decimal(row, i + 1);
            }
            return values;
        });

        List<FunnelStage> stages = new ArrayList<>();
        long[] reached = new long[reachedExactly.length];
        for (int stage = reached.length - 1; stage >= 0; stage--) {
            reached[stage] = reachedExactly[stage] + (stage + 1 < reached.length ? reached[stage + 1] : 0);
        }
        for (Stage stage : Stage.values()) {
            int n = stage.ordinal();
            stages.add(new FunnelStage(
                    stage,
                    reached[n],
                    n == 0 ? null : share(reached[n], reached[n - 1]),
                    n == 0 ? null : share(reached[n], reached[0]),
                    n == 0 ? null : times[2 * (n - 1)],
                    n == 0 ? null : times[2 * (n - 1) + 1],
                    Map.copyOf(left.get(n))));
        }
        return new Funnel(List.copyOf(stages));
    }

    /** Requests, introductions and pilots per month of the period, each by the month it happened. */
    public List<TrendMonth> trend(Scope scope) {
        String sql = "select m, sum(r), sum(n), sum(p) from ("
                + " select " + scope.month("i.created_at") + " as m, 1 as r, 0 as n, 0 as p from introduction i where "
                + scope.condition() + " and i.created_at >= :from and i.created_at < :to"
                + " union all select " + scope.month("i.introduced_at") + ", 0, 1, 0 from introduction i where "
                + scope.condition() + " and i.introduced_at >= :from and i.introduced_at < :to"
                + " union all select " + scope.month("i.pilot_agreed_at") + ", 0, 0, 1 from introduction i where "
                + scope.condition() + " and i.pilot_agreed_at >= :from and i.pilot_agreed_at < :to"
                + ") t group by m order by m";
        return jdbc.query(
                sql,
                scope.parameters(),
                (row, n) -> new TrendMonth(yearMonth(row.getInt(1)), row.getLong(2), row.getLong(3), row.getLong(4)));
    }

    /** Declines that happened in the period, by month, who declined and reason. */
    public List<DeclineCount> declines(Scope scope) {
        String month = scope.month("i.ended_at");
        return jdbc.query(
                "select " + month + ", i.status, i.decline_reason, count(*) from introduction i where "
                        + scope.condition()
                        + " and i.status in ('DECLINED_BY_PROGRAM', 'DECLINED_BY_RECIPIENT')"
                        + " and i.ended_at >= :from and i.ended_at < :to"
                        + " group by " + month + ", i.status, i.decline_reason order by 1, 2, 3",
                scope.parameters(),
                (row, n) -> new DeclineCount(
                        yearMonth(row.getInt(1)),
                        row.getString(2).equals("DECLINED_BY_PROGRAM") ? Decliner.PROGRAM : Decliner.RECIPIENT,
                        DeclineReason.valueOf(row.getString(3)),
                        row.getLong(4)));
    }

    /** The period's requests by the pair's score when requested, in bands of 20, unknown last. */
    public List<ScoreBand> byScore(Scope scope) {
        Map<Integer, ScoreBand> bands = new java.util.TreeMap<>();
        jdbc.query(
                "select case when i.match_score is null then -1 when i.match_score >= 80 then 4"
                        + " else cast(floor(i.match_score / 20) as integer) end as band, count(*),"
                        + " count(i.introduced_at),"
                        + " count(coalesce(i.pilot_agreed_at, i.pilot_completed_at, i.contract_signed_at))"
                        + " from introduction i where " + scope.condition()
                        + " and i.created_at >= :from and i.created_at < :to group by 1",
                scope.parameters(),
                row -> {
                    int band = row.getInt(1);
                    bands.put(
                            band,
                            band < 0
                                    ? new ScoreBand(null, null, row.getLong(2), row.getLong(3), row.getLong(4))
                                    : new ScoreBand(
                                            band * 20,
                                            band == 4 ? 101 : band * 20 + 20,
                                            row.getLong(2),
                                            row.getLong(3),
                                            row.getLong(4)));
                });
        List<ScoreBand> ordered = new ArrayList<>();
        for (int band = 0; band <= 4; band++) {
            ordered.add(bands.getOrDefault(band, new ScoreBand(band * 20, band == 4 ? 101 : band * 20 + 20, 0, 0, 0)));
        }
        ordered.add(bands.getOrDefault(-1, new ScoreBand(null, null, 0, 0, 0)));
        return ordered;
    }

    /** How many requests are in {@code status} and match {@code extra}, and the first {@code limit}, oldest first. */
    public Counted waiting(Scope scope, String status, String extra, String since, int limit, Object... parameters) {
        String where = " from introduction i where " + scope.condition() + " and i.status = '" + status + "'"
                + (extra == null ? "" : " and " + extra);
        var values = scope.with(parameters);
        long count = jdbc.queryForObject("select count(*)" + where, values, Long.class);
        List<WaitingRequest> first = jdbc.query(
                "select i.id, i.need_title, i.opportunity_title, i.requester_name, i.recipient_name, " + since
                        + ", i.expires_at" + where + " order by " + since + " asc, i.id limit :limit",
                values.addValue("limit", limit),
                (row, n) -> new WaitingRequest(
                        new IntroductionId(row.getObject(1, UUID.class)),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        instant(row, 6),
                        instant(row, 7)));
        return new Counted(count, first);
    }

    /** A count and the first rows. */
    public record Counted(long count, List<WaitingRequest> first) {}

    /** Per recipient organization, the requests approved for it in the period: slowest first. */
    public List<Responder> responders(Scope scope, int limit) {
        String daysToAnswer = days("i.approved_at", "i.answered_at");
        return jdbc.query(
                "select i.recipient_org, min(i.recipient_name), count(*), count(i.answered_at),"
                        + " count(case when i.status = 'EXPIRED' then 1 end),"
                        + " count(case when i.status = 'AWAITING_RESPONSE' then 1 end),"
                        + " percentile_cont(0.5) within group (order by " + daysToAnswer + ")"
                        + " from introduction i where " + scope.condition()
                        + " and i.approved_at >= :from and i.approved_at < :to"
                        + " group by i.recipient_org"
                        + " order by 7 desc nulls last, 3 desc, 1 limit :limit",
                scope.with("limit", limit),
                (row, n) -> {
                    long answered = row.getLong(4);
                    long expired = row.getLong(5);
                    return new Responder(
                            row.getObject(1, UUID.class).toString(),
                            row.getString(2),
                            row.getLong(3),
                            answered,
                            expired,
                            row.getLong(6),
                            decimal(row, 7),
                            answered + expired == 0 ? null : (double) answered / (answered + expired));
                });
    }

    /** Published postings per code of one taxonomy kind: needs and opportunities. */
    public Map<String, long[]> supply(String kind, boolean opportunityRegionColumn) {
        Map<String, long[]> counts = new java.util.TreeMap<>();
        jdbc.query(
                "select t.code, count(distinct n.id) from need n join need_term t on t.need_id = n.id"
                        + " where n.status = 'PUBLISHED' and t.kind = :kind group by t.code",
                Map.of("kind", kind),
                row -> {
                    counts.computeIfAbsent(row.getString(1), code -> new long[2])[0] = row.getLong(2);
                });
        String opportunities = opportunityRegionColumn
                ? "select p.region, count(*) from opportunity p where p.status = 'PUBLISHED' group by p.region"
                : "select t.code, count(distinct p.id) from opportunity p join opportunity_term t"
                        + " on t.opportunity_id = p.id where p.status = 'PUBLISHED' and t.kind = :kind group by t.code";
        jdbc.query(opportunities, Map.of("kind", kind), row -> {
            counts.computeIfAbsent(row.getString(1), code -> new long[2])[1] = row.getLong(2);
        });
        return counts;
    }

    /** How many needs and opportunities are published. */
    public long[] published() {
        return new long[] {
            jdbc.queryForObject("select count(*) from need where status = 'PUBLISHED'", Map.of(), Long.class),
            jdbc.queryForObject("select count(*) from opportunity where status = 'PUBLISHED'", Map.of(), Long.class)
        };
    }

    /**
     * The figures the public landing page shows, in one statement: verified organizations, published
     * needs, pilot opportunities still open to answers on {@code today}, introductions made.
     */
    public long[] programFigures(LocalDate today) {
        return jdbc.queryForObject(
                "select (select count(*) from organization where status = 'VERIFIED'),"
                        + " (select count(*) from need where status = 'PUBLISHED'),"
                        + " (select count(*) from opportunity where status = 'PUBLISHED'"
                        + " and (response_deadline is null or response_deadline >= :today)),"
                        + " (select count(*) from introduction where introduced_at is not null)",
                Map.of("today", today),
                (row, n) -> new long[] {row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4)});
    }

    /** Verified organizations by name. */
    public List<OrganizationChoice> organizations() {
        return jdbc.query(
                "select id, name from organization where status = 'VERIFIED' order by lower(name), id",
                Map.of(),
                (row, n) -> new OrganizationChoice(row.getObject(1, UUID.class), row.getString(2)));
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static Double decimal(ResultSet row, int column) throws SQLException {
        Object value = row.getObject(column);
        return value == null ? null : ((Number) value).doubleValue();
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static YearMonth yearMonth(int yyyymm) {
        return YearMonth.of(yyyymm / 100, yyyymm % 100);
    }
}
