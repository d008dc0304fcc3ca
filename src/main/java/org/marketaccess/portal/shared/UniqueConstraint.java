package org.marketaccess.portal.shared;

import java.sql.SQLException;
import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Tells whether a refused write broke one particular unique constraint. A service that turns a
 * race on a unique key into a message ("this e-mail is already registered") asks this first, so
 * that any other refusal (a check constraint, a foreign key, a failing database) never shows up
 * under that message.
 */
public final class UniqueConstraint {

    /** SQL standard state of a unique violation, used by PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueConstraint() {}

    /**
     * True when the database refused the write because of {@code name} (PostgreSQL names the
     * constraint; H2 names the index it made for it, which starts with the constraint's name).
     */
    public static boolean violated(DataIntegrityViolationException refused, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }
}
