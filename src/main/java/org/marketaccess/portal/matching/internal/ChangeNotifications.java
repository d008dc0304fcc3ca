package org.marketaccess.portal.matching.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.marketaccess.portal.shared.OnceAcrossNodes;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, listens for {@code NOTIFY posting_change} (sent by {@link IndexUpdates} in the
 * changing transaction, delivered when it commits) and wakes this node's {@link ChangeTailer}. It
 * holds a connection of its own, opened with the pool's settings but outside the pool (a failed one
 * is replaced by a new one at once, never by another pooled connection the same failure killed), and
 * opens a new one every {@code portal.search.change-listen-renew}, as the pool retires its own, and
 * after any failure. Each new LISTEN wakes the tailer too, for what was committed meanwhile.
 * On H2 (one node) it does nothing: the local after-commit wake is enough.
 */
@Component
class ChangeNotifications implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeNotifications.class);
    private static final int WAIT_MILLIS = 1_000;

    private final DataSource dataSource;
    private final ChangeTailer tailer;
    private final OnceAcrossNodes nodes;
    private final Duration renew;
    private volatile boolean running;
    private Thread thread;

    ChangeNotifications(
            DataSource dataSource,
            ChangeTailer tailer,
            OnceAcrossNodes nodes,
            @Value("${portal.search.change-listen-renew:PT5M}") Duration renew) {
        this.dataSource = dataSource;
        this.tailer = tailer;
        this.nodes = nodes;
        this.renew = renew;
    }

    private void listen() {
        long backoff = 100;
        while (running) {
            try (Connection connection = connect()) {
                PGConnection postgres = connection.unwrap(PGConnection.class);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + IndexUpdates.CHANNEL);
                }
                tailer.wake();
                backoff = 100;
                long until = System.nanoTime() + renew.toNanos();
                while (running && System.nanoTime() < until) {
                    PGNotification[] received = postgres.getNotifications(WAIT_MILLIS);
                    if (received != null && received.length > 0) {
                        tailer.wake();
                    }
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("unlisten *");
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn(
                        "Listening for posting changes failed ({}); the index polls meanwhile, listening again in {} ms",
                        e.getMessage(),
                        backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
    }

    /** A connection of its own with the pool's URL and account; the pool's own when it is not Hikari. */
    private Connection connect() throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        }
        return dataSource.getConnection();
    }

    @Override
    public synchronized void start() {
        if (!nodes.isPostgres()) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name("index-change-listener").daemon().start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        Thread listening;
        synchronized (this) {
            listening = thread;
            thread = null;
        }
        if (listening != null) {
            try {
                listening.join(Duration.ofMillis(WAIT_MILLIS * 3L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 500;
    }
}
