package org.marketaccess.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The locks of decision 033 on the embedded database: a job runs once while its ShedLock row is
 * taken (a second node's timer firing a moment later skips it), and start-up work of one name never
 * overlaps — the second caller waits, then runs. {@code TwoNodesPostgresIT} shows both across nodes.
 */
@IntegrationTest
class OnceAcrossNodesIT {

    @Autowired
    OnceAcrossNodes nodes;

    @Test
    void aJobRunsOnceWhileItsLockIsTaken() {
        String job = "test-job-" + UUID.randomUUID().toString().substring(0, 8);
        AtomicInteger runs = new AtomicInteger();

        assertThat(nodes.once(job, Duration.ofMinutes(1), Duration.ofMinutes(5), runs::incrementAndGet))
                .isTrue();
        assertThat(nodes.once(job, Duration.ofMinutes(1), Duration.ofMinutes(5), runs::incrementAndGet))
                .as("within the minute the lock is kept after the job")
                .isFalse();
        assertThat(runs).hasValue(1);
    }

    @Test
    void startUpWorkOfOneNameRunsOneCallerAtATime() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                done.add(callers.submit(() -> nodes.exclusively("test-start-up", () -> {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    inside.decrementAndGet();
                })));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(most).hasValue(1);
    }
}
