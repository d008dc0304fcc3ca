package org.marketaccess.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marketaccess.portal.testing.RequiresPostgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V18 on PostgreSQL, in a schema of its own: the append-only trigger is set when the rows are
 * written, lifted for the rewrite alone, and refuses changes again afterwards.
 */
@ExtendWith(RequiresPostgres.class)
class ForgetPeopleMigrationPostgresIT {

    @Test
    void theRewriteOnPostgresUnderTheAppendOnlyTrigger() throws Exception {
        String schema = "forget_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = RequiresPostgres.connect()) {
            var database = new SingleConnectionDataSource(connection, true);
            JdbcTemplate jdbc = new JdbcTemplate(database);
            try {
                ForgetPeopleMigrationIT.rewrite(database, "postgresql", schema);
                jdbc.execute("set search_path to " + schema);
                assertThatThrownBy(() -> jdbc.update("update audit_event set details = 'changed'"))
                        .hasMessageContaining("append-only");
                assertThat(jdbc.queryForObject(
                                "select count(*) from pg_trigger where tgrelid = 'audit_event'::regclass"
                                        + " and tgenabled <> 'O'",
                                Long.class))
                        .as("triggers left disabled")
                        .isZero();
            } finally {
                dropSchema(connection, schema);
            }
        }
    }

    private static void dropSchema(Connection connection, String schema) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        }
    }
}
