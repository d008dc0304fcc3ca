package org.marketaccess.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketaccess.portal.testing.DefaultProfile;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The embedded database keeps its check constraints working after the connection that created them
 * is closed while the database stays open — what the pool does when it retires the connection that
 * ran the migrations. H2 2.4.240 failed this ("Check constraint invalid … The database has been
 * closed"): see docs/decisions/009-h2-version.md.
 */
class EmbeddedDatabaseSessionsIT {

    @TempDir
    Path data;

    @Test
    void everyCheckedTableTakesRowsAfterTheMigratingConnectionIsClosed() throws Exception {
        String url = DefaultProfile.databaseUrl(data.resolve("portal"));
        try (Connection stays = DriverManager.getConnection(url, "sa", "")) {
            try (Connection migrating = DriverManager.getConnection(url, "sa", "")) {
                Flyway.configure()
                        .dataSource(new SingleConnectionDataSource(migrating, true))
                        .locations("classpath:db/migration", "classpath:db/vendor/h2")
                        .load()
                        .migrate();
            }

            Map<String, Insert> inserts = inserts();
            assertThat(tablesWithCheckConstraints(stays))
                    .as("every table with a check constraint is exercised below")
                    .isEqualTo(new TreeSet<>(inserts.keySet()));
            for (Map.Entry<String, Insert> table : inserts.entrySet()) {
                table.getValue().run(stays);
            }
            try (Statement statement = stays.createStatement()) {
                statement.executeUpdate("update introduction set status = 'INTRODUCED', outcome = 'MEETING_HELD'");
                statement.executeUpdate("update mail_outbox set status = 'SENT'");
                statement.executeUpdate("update account set role = 'PROVIDER'");
            }
        }
    }

    static Set<String> tablesWithCheckConstraints(Connection connection) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery("select table_name from information_schema.table_constraints"
                        + " where constraint_type = 'CHECK' and table_schema = 'public'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /** One valid row per table with a check constraint, inserted in an order that satisfies the foreign keys. */
    private static Map<String, Insert> inserts() {
        UUID account = UUID.randomUUID();
        UUID startup = UUID.randomUUID();
        UUID provider = UUID.randomUUID();
        UUID need = UUID.randomUUID();
        UUID opportunity = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        Map<String, Insert> inserts = new LinkedHashMap<>();
        inserts.put(
                "account",
                c -> insert(
                        c,
                        "insert into account (id, email, display_name, password_hash, role, enabled,"
                                + " created_at, version) values (?, ?, ?, ?, ?, true, ?, 0)",
                        account,
                        "robin@example.org",
                        "Robin",
                        "{noop}x",
                        "STARTUP",
                        now));
        inserts.put("cluster_partner", c -> {
            insert(
                    c,
                    "insert into cluster (code, name, position) values (?, ?, ?)",
                    "test-cluster",
                    "A test cluster",
                    99);
            insert(
                    c,
                    "insert into cluster_partner (cluster_code, partner_code) values (?, ?)",
                    "test-cluster",
                    "massachusetts");
        });
        inserts.put("organization", c -> {
            for (Object[] organization : new Object[][] {{startup, "STARTUP"}, {provider, "PROVIDER"}}) {
                insert(
                        c,
                        "insert into organization (id, type, name, region, cluster_code, description, status,"
                                + " listed_in_directory, created_at, version) values (?, ?, ?, ?, 'massachusetts', ?, ?,"
                                + " false, ?, 0)",
                        organization[0],
                        organization[1],
                        "Org " + organization[1],
                        "massachusetts",
                        "An organization",
                        "VERIFIED",
                        now);
            }
        });
        inserts.put(
                "need",
                c -> insert(
                        c,
                        "insert into need (id, organization_id, title, description, status, anonymous,"
                                + " created_at, updated_at, version) values (?, ?, ?, ?, ?, false, ?, ?, 0)",
                        need,
                        startup,
                        "A need",
                        "Home monitoring",
                        "PUBLISHED",
                        now,
                        now));
        inserts.put(
                "opportunity",
                c -> insert(
                        c,
                        "insert into opportunity (id, organization_id, title, problem_statement, region, status,"
                                + " anonymous, created_at, updated_at, version)"
                                + " values (?, ?, ?, ?, ?, ?, false, ?, ?, 0)",
                        opportunity,
                        provider,
                        "An opportunity",
                        "Readmissions",
                        "massachusetts",
                        "AWARDED",
                        now,
                        now));
        inserts.put(
                "introduction",
                c -> insert(
                        c,
                        "insert into introduction (id, need_id, opportunity_id, need_title, opportunity_title,"
                                + " requester_type, requester_org, requester_name, requester_anonymous,"
                                + " recipient_org, recipient_name, recipient_anonymous, requested_by, message,"
                                + " status, created_at, updated_at, version, requester_cluster, recipient_cluster)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, false, ?, ?, ?, ?, ?, 0,"
                                + " 'massachusetts', 'massachusetts')",
                        UUID.randomUUID(),
                        need,
                        opportunity,
                        "A need",
                        "An opportunity",
                        "STARTUP",
                        startup,
                        "Org STARTUP",
                        provider,
                        "Org PROVIDER",
                        "robin@example.org",
                        "Hello",
                        "PENDING_REVIEW",
                        now,
                        now));
        inserts.put(
                "account_token",
                c -> insert(
                        c,
                        "insert into account_token (id, account_id, purpose, token_hash, created_at, expires_at)"
                                + " values (?, ?, ?, ?, ?, ?)",
                        UUID.randomUUID(),
                        account,
                        "PASSWORD_RESET",
                        "0".repeat(64),
                        now,
                        now));
        inserts.put(
                "mail_outbox",
                c -> insert(
                        c,
                        "insert into mail_outbox (notice_key, to_addresses, cc_addresses, subject, body, status,"
                                + " attempts, next_attempt_at, created_at) values (?, ?, '', ?, ?, ?, 0, ?, ?)",
                        "notice-1",
                        "robin@example.org",
                        "Subject",
                        "Body",
                        "PENDING",
                        now,
                        now));
        return inserts;
    }

    private static void insert(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }

    @FunctionalInterface
    private interface Insert {
        void run(Connection connection) throws SQLException;
    }
}
