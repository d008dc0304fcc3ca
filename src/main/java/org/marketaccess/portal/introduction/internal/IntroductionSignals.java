package org.marketaccess.portal.introduction.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.marketaccess.portal.introduction.DeclineReason;
import org.marketaccess.portal.matching.AnswerBacklog;
import org.marketaccess.portal.matching.DecidedPair;
import org.marketaccess.portal.matching.DecisionHistory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What ranking learns from introductions (decision 031): the decided requests, and how many
 * requests wait for each organization's answer. Read-only, straight from the table.
 */
@Component
class IntroductionSignals implements DecisionHistory, AnswerBacklog {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    IntroductionSignals(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
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
    public Map<String, Integer> awaitingAnswerFor(Collection<String> opportunityIds) {
        List<UUID> ids = opportunityIds.stream()
                .map(IntroductionSignals::uuid)
                .filter(java.util.Objects::nonNull)
                .toList();
        Map<String, Integer> waiting = new HashMap<>();
        if (ids.isEmpty()) {
            return waiting;
        }
        // the opportunity's organization is the provider whose answer is awaited (a read of the
        // table the introduction's foreign key already points to); only the listed candidates
        named.query("""
                select o.id as opportunity_id, count(i.id) as waiting
                from opportunity o
                join introduction i on i.recipient_org = o.organization_id and i.status = 'AWAITING_RESPONSE'
                where o.id in (:ids)
                group by o.id
                """, Map.of("ids", ids), rs -> {
            waiting.put(rs.getString("opportunity_id"), rs.getInt("waiting"));
        });
        return waiting;
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(Timestamp timestamp) {
        return timestamp == null
                ? null
                : timestamp.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
