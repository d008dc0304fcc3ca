package org.marketaccess.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.testing.PostgresTest;

/** The same tests on PostgreSQL, plus the database's own refusal to change or remove audit rows. */
@PostgresTest
class AuditServicePostgresIT extends AuditServiceIT {

    private static final String REFUSAL = "audit_event is append-only";

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateTheAuditTrail() throws Exception {
        failedLogin(tag + "@example.org");
        List<Map<String, Object>> mine = rows();
        assertThat(mine).hasSize(1);
        long total = total();

        assertThatThrownBy(() ->
                        jdbc.update("update audit_event set actor = 'someone else' where actor like ?", tag + "%"))
                .rootCause()
                .hasMessageContaining(REFUSAL)
                .hasMessageContaining("UPDATE");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where actor like ?", tag + "%"))
                .rootCause()
                .hasMessageContaining(REFUSAL)
                .hasMessageContaining("DELETE");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event"))
                .rootCause()
                .hasMessageContaining(REFUSAL)
                .hasMessageContaining("TRUNCATE");

        assertThat(rows()).isEqualTo(mine);
        assertThat(total()).isEqualTo(total);
    }

    @Test
    void theRefusalCoversEveryRowNotOnlyTheApplicationsOwn() {
        long total = total();

        assertThatThrownBy(() -> jdbc.update("delete from audit_event"))
                .rootCause()
                .hasMessageContaining(REFUSAL);
        assertThatThrownBy(() -> jdbc.update("update audit_event set reason = null"))
                .rootCause()
                .hasMessageContaining(REFUSAL);

        assertThat(total()).isEqualTo(total);
    }

    private List<Map<String, Object>> rows() {
        return jdbc.queryForList("select * from audit_event where actor like ? order by id", tag + "%");
    }

    private long total() {
        return jdbc.queryForObject("select count(*) from audit_event", Long.class);
    }
}
