package org.marketaccess.portal.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Bulk puts on every core: all of them have run when close returns, and a failure is not lost. */
class ParallelPutsTest {

    @Test
    void everyPutHasRunWhenCloseReturns() {
        AtomicInteger done = new AtomicInteger();
        try (ParallelPuts puts = new ParallelPuts()) {
            for (int i = 0; i < 10_000; i++) {
                puts.submit(done::incrementAndGet);
            }
        }
        assertThat(done).hasValue(10_000);
    }

    @Test
    void theFirstFailureIsThrown() {
        ParallelPuts puts = new ParallelPuts();
        puts.submit(() -> {
            throw new IllegalStateException("disk full");
        });
        assertThatThrownBy(puts::close).hasMessage("disk full");
    }
}
