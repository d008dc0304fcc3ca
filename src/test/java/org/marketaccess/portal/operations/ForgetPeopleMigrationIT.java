package org.marketaccess.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V18 on a trail and an outbox written before it: members' e-mails leave the audit rows (as ids that
 * are named at display time), staff keep theirs, an address with no account stays as typed, and
 * sent mails lose their single-use links while a pending one keeps its text. On H2 here; on
 * PostgreSQL, where the trail is append-only by trigger, in {@link ForgetPeopleMigrationPostgresIT}.
 */
class ForgetPeopleMigrationIT {

    static final UUID MEMBER = UUID.randomUUID();
    static final UUID STAFF = UUID.randomUUID();
    static final UUID ERASED = UUID.randomUUID();
    static final String TOKEN = "q9X_-2bLmT0aZ7rUoP4sWcVeYhN1kJ3dGf6iB8x5Hq0";

    @Test
    void theRewriteOnH2() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:forget-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")) {
            rewrite(new SingleConnectionDataSource(connection, true), "h2", null);
        }
    }

    /** Migrates to V17, writes rows as the portal wrote them before V18, migrates on and checks them. */
    static void rewrite(DataSource database, String vendor, String schema) {
        var config = Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor);
        if (schema != null) {
            config = config.schemas(schema).createSchemas(true);
        }
        config.target("17").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        if (schema != null) {
            // the trail of a database migrated before V18 is append-only already
            jdbc.execute("set search_path to " + schema);
            jdbc.execute(resource("/db/vendor/postgresql/R__audit_append_only.sql"));
        }
        account(jdbc, MEMBER, "member@clinic.example", "STARTUP");
        account(jdbc, STAFF, "manager@program.example", "PROGRAM_MANAGER");
        account(jdbc, ERASED, "deleted-" + ERASED + "@deleted.invalid", "PROVIDER");
        long login = audit(jdbc, "member@clinic.example", "LOGIN_SUCCEEDED", "ACCOUNT", MEMBER.toString(), null);
        long created = audit(
                jdbc,
                "member@clinic.example",
                "ACCOUNT_CREATED",
                "ACCOUNT",
                MEMBER.toString(),
                "member@clinic.example");
        long reset = audit(
                jdbc,
                "manager@program.example",
                "PASSWORD_RESET_REQUESTED",
                "ACCOUNT",
                MEMBER.toString(),
                "member@clinic.example");
        long posting = audit(
                jdbc,
                "Member@Clinic.example",
                "NEED_PUBLISHED",
                "NEED",
                UUID.randomUUID().toString(),
                null);
        long erasedLogin = audit(
                jdbc, "gone@clinic.example", "LOGIN_SUCCEEDED", "ACCOUNT", ERASED.toString(), "gone@clinic.example");
        long stranger = audit(jdbc, "nobody@nowhere.example", "LOGIN_FAILED", "ACCOUNT", null, null);
        long staffAction = audit(
                jdbc,
                "manager@program.example",
                "ORGANIZATION_VERIFIED",
                "ORGANIZATION",
                UUID.randomUUID().toString(),
                null);
        String body = "Choose a new password: http://localhost:8080/reset-password?token=" + TOKEN + "\nThanks";
        mail(jdbc, "password_reset:1", "SENT", body);
        mail(jdbc, "password_reset:2", "PENDING", body);
        mail(jdbc, "invitation:3", "FAILED", "Join us: https://portal.example/invitation/" + TOKEN + " soon");
        mail(jdbc, "introduction:4", "SENT", "See http://localhost:8080/introductions/view?id=" + TOKEN);

        config.target("latest").load().migrate();

        assertThat(row(jdbc, login)).isEqualTo("account:" + MEMBER + "|null");
        assertThat(row(jdbc, created)).isEqualTo("account:" + MEMBER + "|null");
        assertThat(row(jdbc, reset)).isEqualTo("manager@program.example|null");
        assertThat(row(jdbc, posting)).isEqualTo("account:" + MEMBER + "|null");
        assertThat(row(jdbc, erasedLogin)).isEqualTo("account:" + ERASED + "|null");
        assertThat(row(jdbc, stranger)).isEqualTo("nobody@nowhere.example|null");
        assertThat(row(jdbc, staffAction)).isEqualTo("manager@program.example|null");
        assertThat(body(jdbc, "password_reset:1"))
                .isEqualTo("Choose a new password: [single-use link, not kept]\nThanks");
        assertThat(body(jdbc, "password_reset:2")).isEqualTo(body);
        assertThat(body(jdbc, "invitation:3")).isEqualTo("Join us: [single-use link, not kept] soon");
        assertThat(body(jdbc, "introduction:4")).contains(TOKEN);
    }

    private static String resource(String name) {
        try (var in = ForgetPeopleMigrationIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void account(JdbcTemplate jdbc, UUID id, String email, String role) {
        jdbc.update(
                "insert into account (id, email, display_name, password_hash, role, enabled, created_at, version)"
                        + " values (?, ?, 'Someone', 'x', ?, true, current_timestamp, 0)",
                id,
                email,
                role);
    }

    private static long audit(
            JdbcTemplate jdbc, String actor, String action, String subjectType, String subjectId, String details) {
        jdbc.update(
                "insert into audit_event (occurred_at, actor, action, subject_type, subject_id, details)"
                        + " values (current_timestamp, ?, ?, ?, ?, ?)",
                actor,
                action,
                subjectType,
                subjectId,
                details);
        return jdbc.queryForObject("select max(id) from audit_event", Long.class);
    }

    private static void mail(JdbcTemplate jdbc, String key, String status, String body) {
        jdbc.update(
                "insert into mail_outbox (notice_key, to_addresses, cc_addresses, subject, body, status, attempts,"
                        + " next_attempt_at, created_at) values (?, 'someone@clinic.example', '', 'A mail', ?, ?, 1,"
                        + " current_timestamp, current_timestamp)",
                key,
                body,
                status);
    }

    private static String row(JdbcTemplate jdbc, long id) {
        return jdbc.queryForObject(
                "select actor || '|' || coalesce(details, 'null') from audit_event where id = ?", String.class, id);
    }

    private static String body(JdbcTemplate jdbc, String key) {
        return jdbc.queryForObject("select body from mail_outbox where notice_key = ?", String.class, key);
    }
}
