package org.marketaccess.portal.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Work that must happen once although several portal nodes share the database (decision 033).
 *
 * <ul>
 *   <li>{@link #once}: a periodic job runs on whichever node takes its ShedLock row first; the
 *       others skip this turn. The lock is held at least {@code atLeast} (longer than the clocks of
 *       two nodes can differ, shorter than the job's interval), so a node whose timer fires a little
 *       later does not run the same turn again.
 *   <li>{@link #exclusively}: start-up work (the first administrator, the demo data) waits for the
 *       node doing it and then runs its own "is it there already?" check. On PostgreSQL a session
 *       advisory lock on a connection of its own; on the embedded H2 database, which one process
 *       owns, a lock in this JVM.
 * </ul>
 */
@Component
public class OnceAcrossNodes {

    /** The lock of the start-up work that creates data (the first administrator, the demo). */
    public static final String START_UP = "portal-start-up";

    private static final Logger log = LoggerFactory.getLogger(OnceAcrossNodes.class);

    private final DataSource dataSource;
    private final LockingTaskExecutor executor;
    private final Map<String, ReentrantLock> local = new ConcurrentHashMap<>();
    private volatile Boolean postgres;

    OnceAcrossNodes(DataSource dataSource) {
        this.dataSource = dataSource;
        this.executor = new DefaultLockingTaskExecutor(
                new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(new JdbcTemplate(dataSource))
                        .usingDbTime()
                        .build()));
    }

    /**
     * Runs {@code work} unless another node holds the job's lock; returns whether it ran here.
     *
     * @param atLeast how long the lock stays taken after the work ended
     * @param atMost when a node that died while holding it is assumed gone
     */
    public boolean once(String job, Duration atLeast, Duration atMost, Runnable work) {
        try {
            boolean ran = executor.executeWithLock(
                            () -> {
                                work.run();
                                return Boolean.TRUE;
                            },
                            new LockConfiguration(Instant.now(), job, atMost, atLeast))
                    .wasExecuted();
            if (!ran) {
                log.debug("{}: another node runs it this time", job);
            }
            return ran;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code work} while no other node runs work of the same name, waiting for it if it does. */
    public <T> T exclusively(String name, Supplier<T> work) {
        if (!isPostgres()) {
            ReentrantLock lock = local.computeIfAbsent(name, any -> new ReentrantLock());
            lock.lock();
            try {
                return work.get();
            } finally {
                lock.unlock();
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            call(connection, "select pg_advisory_lock(?)", name);
            try {
                return work.get();
            } finally {
                // a lock that cannot be released goes with the session: the pool retires a broken connection
                call(connection, "select pg_advisory_unlock(?)", name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the database lock for " + name, e);
        }
    }

    public void exclusively(String name, Runnable work) {
        exclusively(name, () -> {
            work.run();
            return null;
        });
    }

    private static void call(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key(name));
            statement.execute();
        }
    }

    /** A stable 64-bit key for the name (String.hashCode is specified, so every node computes the same). */
    private static long key(String name) {
        return 0x4d41_5000_0000_0000L | (name.hashCode() & 0xffff_ffffL);
    }

    /** Whether the database is PostgreSQL (several nodes), as opposed to the embedded H2 (one process). */
    public boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = connection
                        .getMetaData()
                        .getDatabaseProductName()
                        .toLowerCase()
                        .contains("postgres");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot tell which database the portal runs on", e);
            }
            postgres = known;
        }
        return known;
    }
}
