package org.marketaccess.portal.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Enables PostgreSQL tests when the test database answers; in CI its absence is a failure. */
public class RequiresPostgres implements ExecutionCondition {

    public static final String REQUIRE = "PORTAL_REQUIRE_POSTGRES";

    private static volatile String problem;
    private static volatile boolean checked;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String reason = problem();
        if (reason == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + url());
        }
        if (Boolean.parseBoolean(System.getenv(REQUIRE))) {
            throw new IllegalStateException(REQUIRE + "=true but " + reason);
        }
        System.err.println("SKIPPED (no PostgreSQL): " + context.getDisplayName() + " — " + reason);
        return ConditionEvaluationResult.disabled("PostgreSQL not available: " + reason
                + ". Start PostgreSQL with database portal_test (user/password portal), or run .ci/run.");
    }

    /** A new connection to the test database, for tests that work below Spring (e.g. a migration). */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                url(), env("PORTAL_TEST_DB_USER", "portal"), env("PORTAL_TEST_DB_PASSWORD", "portal"));
    }

    public static String url() {
        return "jdbc:postgresql://" + env("PORTAL_TEST_DB_HOST", "localhost") + ":" + env("PORTAL_TEST_DB_PORT", "5432")
                + "/" + env("PORTAL_TEST_DB_NAME", "portal_test");
    }

    private static synchronized String problem() {
        if (!checked) {
            checked = true;
            try (Connection connection = DriverManager.getConnection(
                    url(), env("PORTAL_TEST_DB_USER", "portal"), env("PORTAL_TEST_DB_PASSWORD", "portal"))) {
                problem = connection.isValid(5) ? null : "connection to " + url() + " is not valid";
            } catch (SQLException e) {
                problem = "cannot connect to " + url() + " (" + e.getMessage() + ")";
            }
        }
        return problem;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
