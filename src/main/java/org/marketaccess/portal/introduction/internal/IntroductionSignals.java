package org.marketaccess.portal.introduction.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marketaccess.portal.introduction.DeclineReason;
import org.marketaccess.portal.matching.AnswerBacklog;
import org.marketaccess.portal.matching.DecidedPair;
import org.marketaccess.portal.matching.DecisionHistory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What ranking learns from introductions (decision 031): the decided requests, and how many
 * requests wait for each organization's answer. Read-only, straight from the table.
 */
@Component
class IntroductionSignals implements DecisionHistory, AnswerBacklog {

    private final JdbcTemplate jdbc;

    IntroductionSignals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DecidedPair> decided() {
        return jdbc.query(
                """
                select need_id, opportunity_id, requester_type, created_at, status, decline_reason, outcome,
                       coalesce(answered_at, ended_at, introduced_at, updated_at) as decided_at
                from introduction
                where status in ('INTRODUCED', 'DECLINED_BY_PROGRAM', 'DECLINED_BY_RECIPIENT', 'EXPIRED', 'WITHDRAWN')
                order by created_at, id
                """,
                (rs, n) -> new DecidedPair(
                        rs.getString("need_id"),
                        rs.getString("opportunity_id"),
                        "STARTUP".equals(rs.getString("requester_type")),
                        date(rs.getTimestamp("created_at")),
                        date(rs.getTimestamp("decided_at")),
                        rs.getString("status"),
                        rs.getString("decline_reason") == null
                                ? null
                                : DeclineReason.valueOf(rs.getString("decline_reason"))
                                        .code(),
                        rs.getString("outcome")));
    }

    @Override
    public Map<String, Integer> awaitingAnswerByOpportunity() {
        Map<String, Integer> waiting = new HashMap<>();
        // the opportunity's organization is the provider whose answer is awaited (a read of the
        // table the introduction's foreign key already points to)
        jdbc.query("""
                select o.id as opportunity_id, w.waiting from opportunity o
                join (select recipient_org, count(*) as waiting from introduction
                      where status = 'AWAITING_RESPONSE' group by recipient_org) w
                  on w.recipient_org = o.organization_id
                """, rs -> {
            waiting.put(rs.getString("opportunity_id"), rs.getInt("waiting"));
        });
        return waiting;
    }

    private static LocalDate date(Timestamp timestamp) {
        return timestamp == null
                ? null
                : timestamp.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
