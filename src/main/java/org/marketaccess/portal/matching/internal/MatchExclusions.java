package org.marketaccess.portal.matching.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.marketaccess.portal.organization.OrganizationType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Pairs that the program or the recipient declined: not suggested again to the side that asked.
 * Kept by matching (not read from introductions) so that matching does not depend on them.
 */
@Component
public class MatchExclusions {

    private final JdbcTemplate jdbc;

    MatchExclusions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void add(UUID needId, UUID opportunityId, OrganizationType requester, Instant at) {
        // the same pair may be declined more than once (a later request): one row is enough
        jdbc.update(
                """
                insert into match_exclusion (need_id, opportunity_id, requester_type, created_at)
                select ?, ?, ?, ? where not exists (
                    select 1 from match_exclusion where need_id = ? and opportunity_id = ? and requester_type = ?)
                """,
                needId,
                opportunityId,
                requester.name(),
                Timestamp.from(at),
                needId,
                opportunityId,
                requester.name());
    }

    /** Opportunities a startup asked about for this need and was declined. */
    public Set<String> opportunitiesExcludedFor(UUID needId) {
        return new HashSet<>(jdbc.queryForList(
                "select opportunity_id from match_exclusion where need_id = ? and requester_type = 'STARTUP'",
                String.class,
                needId));
    }

    /** Needs a provider asked about for this opportunity and was declined. */
    public Set<String> needsExcludedFor(UUID opportunityId) {
        return new HashSet<>(jdbc.queryForList(
                "select need_id from match_exclusion where opportunity_id = ? and requester_type = 'PROVIDER'",
                String.class,
                opportunityId));
    }
}
