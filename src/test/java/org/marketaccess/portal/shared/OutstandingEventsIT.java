package org.marketaccess.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An after-commit reaction that failed runs again without waiting for a restart, once it is older
 * than the resubmission age (decision 033), and then leaves the event registry.
 */
@IntegrationTest
@Import(OutstandingEventsIT.Listeners.class)
@TestPropertySource(properties = {"portal.events.resubmit-interval=PT0.2S", "portal.events.resubmit-after=PT0.5S"})
class OutstandingEventsIT {

    record SomethingHappened(String what) {}

    static class FailsTheFirstTime {
        private final AtomicInteger attempts = new AtomicInteger();

        int attempts() { // through the proxy the listener gets for running after commit
            return attempts.get();
        }

        @ApplicationModuleListener
        void on(SomethingHappened event) {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("the first attempt fails (a test listener)");
            }
        }
    }

    @TestConfiguration
    static class Listeners {
        @Bean
        FailsTheFirstTime failsTheFirstTime() {
            return new FailsTheFirstTime();
        }
    }

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    FailsTheFirstTime listener;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFailedReactionRunsAgainWithoutARestartAndCompletes() {
        transaction.executeWithoutResult(
                status -> events.publishEvent(new SomethingHappened("a request was approved")));

        await(() -> listener.attempts() >= 2, 15_000);
        await(() -> outstanding() == 0, 5_000);
        assertThat(listener.attempts()).as("ran again once, not on every turn").isEqualTo(2);
    }

    private long outstanding() {
        return jdbc.queryForObject(
                "select count(*) from event_publication where event_type like ?", Long.class, "%SomethingHappened%");
    }

    private static void await(BooleanSupplier condition, long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within %d ms", millis).isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
