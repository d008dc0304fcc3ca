package org.marketaccess.portal.search.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Puts run on every core while the caller goes on feeding (decision 032). Building a posting's
 * document (its analysis and vectors) is most of indexing's work, and Lucene's writer takes
 * documents from several threads at once. When the workers fall behind, the caller runs the put
 * itself; {@link #close()} waits for every put and throws the first failure.
 */
public final class ParallelPuts implements AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ThreadPoolExecutor workers;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    public ParallelPuts() {
        int threads = Runtime.getRuntime().availableProcessors();
        int pool = POOLS.incrementAndGet();
        AtomicInteger number = new AtomicInteger();
        workers = new ThreadPoolExecutor(
                threads,
                threads,
                1,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(64 * threads),
                task -> {
                    Thread thread = new Thread(task, "index-put-" + pool + "-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                new ThreadPoolExecutor.CallerRunsPolicy());
    }

    /** Runs {@code put} on a worker, or here when they are all busy; a failure so far is thrown now. */
    public void submit(Runnable put) {
        RuntimeException failed = failure.get();
        if (failed != null) {
            throw failed;
        }
        workers.execute(() -> {
            try {
                put.run();
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            } catch (Error e) {
                failure.compareAndSet(null, new IllegalStateException(e));
                throw e;
            }
        });
    }

    /** Waits for every put; throws the first failure. */
    @Override
    public void close() {
        workers.shutdown();
        try {
            while (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
                // a large rebuild: keep waiting
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while indexing", e);
        }
        RuntimeException failed = failure.get();
        if (failed != null) {
            throw failed;
        }
    }
}
