package org.marketaccess.portal.matching.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.marketaccess.portal.posting.PostingKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Follows {@code posting_change} into this node's index (decision 033): reads the rows after the
 * last one applied, in sequence order, re-reads their postings into the index and commits the index
 * with the sequence it now holds everything up to. Woken after a local commit, by PostgreSQL's
 * NOTIFY ({@link ChangeNotifications}), and by a slow poll in case both were missed.
 *
 * <p>Sequence values are taken when a row is inserted, but become visible when its transaction
 * commits, so a later one can be seen before an earlier one; and a rolled-back transaction leaves a
 * value that never appears. A missing value below the highest one applied is a <em>hole</em>: it is
 * looked for again in every round until it appears (applied then) or has been missing for the
 * patience (a rollback, forgotten). The index records the sequence below the oldest hole, so a
 * restart reads the holes again; applying a change twice is harmless, as it re-reads the posting.
 */
@Component
class ChangeTailer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeTailer.class);
    static final int BATCH = 1_000;
    private static final int MOST_HOLES = 10_000;

    private record Row(long seq, IndexSync.Changed posting) {}

    private static final RowMapper<Row> ROWS = (rs, n) -> new Row(
            rs.getLong("seq"),
            new IndexSync.Changed(PostingKind.valueOf(rs.getString("kind")), rs.getObject("posting_id", UUID.class)));

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final IndexSync sync;
    private final Duration poll;
    private final Duration patience;
    private final Semaphore wake = new Semaphore(0);

    private final Object state = new Object();
    /** Everything up to here is applied or forgotten; negative until {@link #begin}. */
    private long applied = -1;
    /** The highest sequence applied. */
    private long high;
    /** Sequences between applied and high not seen yet, with when they were first missed (nanoTime). */
    private final TreeMap<Long, Long> holes = new TreeMap<>();

    private volatile boolean running;
    private Thread thread;
    /** Rounds failed in a row, for the retry's back-off (the tailer's thread only). */
    private int failures;

    ChangeTailer(
            JdbcTemplate jdbc,
            IndexSync sync,
            @Value("${portal.search.change-poll:PT10S}") Duration poll,
            @Value("${portal.search.change-gap-patience:PT2M}") Duration patience) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.sync = sync;
        this.poll = poll;
        this.patience = patience;
    }

    /** Asks for a round soon; cheap, and many calls fold into one round. */
    void wake() {
        wake.release();
    }

    /**
     * Catches up from {@code from} (every change after it is applied before this returns), then
     * follows the table on a thread of its own. Returns how many change rows it caught up on.
     */
    long begin(long from) {
        Long oldest = jdbc.queryForObject("select min(seq) from posting_change", Long.class);
        if (oldest != null && from < oldest - 1) {
            // pruned while this node was down: what they said, the start-up comparison finds
            log.info("Posting changes after {} were pruned; following from {}", from, oldest - 1);
            from = oldest - 1;
        }
        synchronized (state) {
            applied = from;
            high = from;
            holes.clear();
        }
        long caughtUp = drain();
        if (running) {
            startThread();
        }
        return caughtUp;
    }

    /** The sequence the index holds everything up to; negative before {@link #begin}. */
    long applied() {
        synchronized (state) {
            return applied;
        }
    }

    /**
     * Where to follow from when the index was just filled from the database: before every change
     * that is younger than the patience, since one of those may not have been committed (visible)
     * while the rebuild read. Taken before the rebuild reads.
     */
    long safeStart() {
        OffsetDateTime recent = OffsetDateTime.ofInstant(Instant.now().minus(patience), ZoneOffset.UTC);
        Long oldestRecent =
                jdbc.queryForObject("select min(seq) from posting_change where changed_at > ?", Long.class, recent);
        if (oldestRecent != null) {
            return oldestRecent - 1;
        }
        Long newest = jdbc.queryForObject("select max(seq) from posting_change", Long.class);
        return newest == null ? 0 : newest;
    }

    /** Rounds until the table has nothing more after what is applied; returns the rows read. */
    private long drain() {
        long total = 0;
        int read;
        do {
            read = round();
            total += read;
        } while (read >= BATCH);
        return total;
    }

    /** One read of the table and the index update for it; returns the new rows read. */
    int round() {
        synchronized (state) {
            if (applied < 0) {
                return 0;
            }
            List<Row> fresh = jdbc.query(
                    "select seq, posting_id, kind from posting_change where seq > ? order by seq limit " + BATCH,
                    ROWS,
                    high);
            List<Row> late = holes.isEmpty()
                    ? List.of()
                    : named.query(
                            "select seq, posting_id, kind from posting_change where seq in (:holes)",
                            Map.of("holes", holes.keySet().stream().limit(BATCH).toList()),
                            ROWS);
            long now = System.nanoTime();
            TreeMap<Long, Long> nextHoles = new TreeMap<>(holes);
            long nextHigh = high;
            LinkedHashSet<IndexSync.Changed> postings = new LinkedHashSet<>();
            for (Row row : late) {
                nextHoles.remove(row.seq());
                postings.add(row.posting());
            }
            for (Row row : fresh) {
                for (long missing = nextHigh + 1; missing < row.seq() && nextHoles.size() < MOST_HOLES; missing++) {
                    nextHoles.put(missing, now);
                }
                postings.add(row.posting());
                nextHigh = row.seq();
            }
            int before = nextHoles.size();
            nextHoles.values().removeIf(since -> now - since > patience.toNanos());
            if (nextHoles.size() < before) {
                log.debug(
                        "Forgot {} change sequence values missing for {} (rolled back)",
                        before - nextHoles.size(),
                        patience);
            }
            long nextApplied = nextHoles.isEmpty() ? nextHigh : nextHoles.firstKey() - 1;
            if (!postings.isEmpty() || nextApplied != applied) {
                // throws while the portal stops: nothing here moves, the next start reads the rows again
                sync.apply(postings, nextApplied);
            }
            applied = nextApplied;
            high = nextHigh;
            holes.clear();
            holes.putAll(nextHoles);
            return fresh.size();
        }
    }

    private void follow() {
        while (running) {
            try {
                wake.tryAcquire(poll.toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
            } catch (InterruptedException e) {
                if (!running) {
                    return;
                }
            }
            if (!running) {
                return;
            }
            try {
                drain();
                failures = 0;
            } catch (IndexSync.Stopping e) {
                return;
            } catch (RuntimeException e) {
                // a pooled connection the database closed, the database restarting: try again soon
                failures++;
                if (failures == 1 || failures % 100 == 0) {
                    log.warn("Following the posting changes failed ({} in a row); trying again", failures, e);
                }
                pause(Math.min(5_000L, 100L << Math.min(failures, 6)));
                wake();
            }
        }
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void startThread() {
        if (thread != null && thread.isAlive()) {
            return;
        }
        thread = Thread.ofPlatform().name("index-change-tailer").daemon().start(this::follow);
    }

    @Override
    public void start() {
        running = true;
        if (applied() >= 0) {
            // started again after a stop (the test framework pauses contexts): follow on
            startThread();
            wake();
        }
    }

    @Override
    public void stop() {
        running = false;
        wake();
        Thread following;
        synchronized (this) {
            following = thread;
            thread = null;
        }
        if (following != null) {
            try {
                following.join(Duration.ofSeconds(20));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped before the index work is drained ({@link IndexShutdown}), started after it. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 500;
    }
}
