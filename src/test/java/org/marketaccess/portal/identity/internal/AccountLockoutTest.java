package org.marketaccess.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.identity.Roles;

class AccountLockoutTest {

    private final Instant start = Instant.parse("2026-11-22T10:00:00Z");
    private final Account account =
            new Account(UUID.randomUUID(), "a@example.org", "A", "{noop}x", Roles.STARTUP, start);

    @Test
    void fourFailuresDoNotLockButTheFifthLocksForFifteenMinutes() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(account.recordFailedLogin(start)).isFalse();
            assertThat(account.isLocked(start)).isFalse();
        }
        assertThat(account.recordFailedLogin(start)).isTrue();
        assertThat(account.isLocked(start)).isTrue();
        assertThat(account.lockedUntil()).isEqualTo(start.plus(Duration.ofMinutes(15)));
        assertThat(account.isLocked(start.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(account.isLocked(start.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLock() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            account.recordFailedLogin(start);
        }
        Instant until = account.lockedUntil();
        assertThat(account.recordFailedLogin(start.plusSeconds(60))).isFalse();
        assertThat(account.lockedUntil()).isEqualTo(until);
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            account.recordFailedLogin(start);
        }
        account.recordSuccessfulLogin();
        assertThat(account.failedAttempts()).isZero();
        assertThat(account.recordFailedLogin(start)).isFalse();
    }

    @Test
    void afterTheLockEndsFiveNewFailuresAreNeededToLockAgain() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            account.recordFailedLogin(start);
        }
        Instant later = start.plus(Duration.ofMinutes(16));
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(account.recordFailedLogin(later)).isFalse();
        }
        assertThat(account.recordFailedLogin(later)).isTrue();
    }
}
