package org.marketaccess.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.marketaccess.portal.testing.RequiresPostgres;

/**
 * A PostgreSQL schema of one test's own for portal nodes in processes of their own, and what the
 * test reads of it directly (the nodes are not asked).
 */
final class NodesSchema {

    private final String name;

    private NodesSchema(String name) {
        this.name = name;
    }

    static NodesSchema create(String prefix) throws SQLException {
        NodesSchema schema = new NodesSchema(prefix + "_" + Long.toHexString(System.nanoTime()));
        try (Connection connection = RequiresPostgres.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema.name);
        }
        return schema;
    }

    void drop() throws SQLException {
        try (Connection connection = RequiresPostgres.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + name + " cascade");
        }
    }

    /** The published time of a need, by the database's clock (this machine's). */
    long publishedAt(String need) {
        try (Connection connection = connect();
                var statement = connection.prepareStatement("select published_at from need where id = ?")) {
            statement.setObject(1, UUID.fromString(need));
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).as("need %s in the database", need).isTrue();
                return row.getTimestamp(1).getTime();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls the database until the need with the title is published; returns the milliseconds waited. */
    long awaitCommit(String title) throws SQLException, InterruptedException {
        long started = System.nanoTime();
        try (Connection connection = connect();
                var statement = connection.prepareStatement(
                        "select count(*) from need where title = ? and status = 'PUBLISHED'")) {
            statement.setString(1, title);
            while (true) {
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    if (row.getLong(1) > 0) {
                        return (System.nanoTime() - started) / 1_000_000;
                    }
                }
                if (System.nanoTime() - started > 20_000_000_000L) {
                    throw new AssertionError("not committed within 20 s: \"" + title + "\"");
                }
                Thread.sleep(2);
            }
        }
    }

    long query(String sql, String parameter) {
        try (Connection connection = connect();
                var statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    Set<String> ids(String sql, String parameter) throws SQLException {
        try (Connection connection = connect();
                var statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            Set<String> ids = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(
                jdbcUrl("test"), env("PORTAL_TEST_DB_USER", "portal"), env("PORTAL_TEST_DB_PASSWORD", "portal"));
    }

    /** This schema, whatever schema the other PostgreSQL tests were given; named per node in pg_stat_activity. */
    String jdbcUrl(String node) {
        String url = RequiresPostgres.url().replaceAll("[?&]currentSchema=[^&]*", "");
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name + "&ApplicationName=" + name + "-"
                + node;
    }

    private static String env(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }
}
