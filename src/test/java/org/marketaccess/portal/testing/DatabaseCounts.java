package org.marketaccess.portal.testing;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Row counts of every table a failed command must leave untouched. Test-only, plain SQL. */
@Component
public class DatabaseCounts {

    private final JdbcTemplate jdbc;

    DatabaseCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : new String[] {
            "account",
            "organization",
            "contact_person",
            "organization_member",
            "audit_event",
            "need",
            "opportunity",
            "introduction"
        }) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }

    public long auditRows(String action, String subjectId) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = ? and subject_id = ?", Long.class, action, subjectId);
    }

    /** Rows of an action by an actor as written: an e-mail, or the {@code account:<id>} of the account with it. */
    public long auditRowsForActor(String action, String actor) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = ? and (actor = ? or actor in"
                        + " (select 'account:' || cast(id as varchar) from account where email = ?))",
                Long.class,
                action,
                actor,
                actor.toLowerCase(java.util.Locale.ROOT));
    }
}
