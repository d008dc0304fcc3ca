package org.marketaccess.portal.introduction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.identity.AccountService;
import org.marketaccess.portal.identity.NewAccount;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.identity.SystemAuthentication;
import org.marketaccess.portal.shared.IllegalTransitionException;
import org.marketaccess.portal.testing.PostgresTest;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/** The workflow again on PostgreSQL, and two program managers deciding one request at the same moment. */
@PostgresTest
class IntroductionServicePostgresIT extends IntroductionServiceIT {

    @Autowired
    AccountService accounts;

    @Test
    void twoProgramManagersDecidingAtOnceExactlyOneWins() throws Exception {
        String secondPm = TestData.unique("pm2") + "@program.example";
        SystemAuthentication.runAsSystem(() -> accounts.createAccount(
                new NewAccount(secondPm, "Second PM", "a long enough passphrase", Roles.PROGRAM_MANAGER)));
        int raced = 0;
        for (int round = 0; round < 5; round++) {
            org.marketaccess.portal.need.NeedId roundNeed = publishNeed(startup, "Race " + round + " " + word, false);
            IntroductionId id = request(startup, roundNeed, opportunity);
            long version = version(PM, id);
            CyclicBarrier together = new CyclicBarrier(2);
            List<Callable<String>> deciders = List.of(
                    () -> decide(PM, together, () -> introductions.approve(id, version)),
                    () -> decide(
                            secondPm,
                            together,
                            () -> introductions.declineAsProgram(id, DeclineReason.NOT_RELEVANT, null, version)));
            ExecutorService threads = Executors.newFixedThreadPool(2);
            List<String> results = new ArrayList<>();
            try {
                for (Future<String> result : threads.invokeAll(deciders, 30, TimeUnit.SECONDS)) {
                    results.add(result.get());
                }
            } finally {
                threads.shutdownNow();
            }
            // the loser either read before the winner committed (its update then finds the version
            // moved on) or after (it then sees the new state): refused with a message either way
            assertThat(results).as("round " + round).containsOnlyOnce("won");
            String lost = results.stream()
                    .filter(result -> !result.equals("won"))
                    .findFirst()
                    .orElseThrow();
            assertThat(lost)
                    .isIn(
                            "introduction.changed-meanwhile",
                            "introduction.refused.awaiting_response",
                            "introduction.refused.declined_by_program");
            raced += lost.equals("introduction.changed-meanwhile") ? 1 : 0;
            IntroductionStatus status = details(PM, id).status();
            assertThat(status).isIn(IntroductionStatus.AWAITING_RESPONSE, IntroductionStatus.DECLINED_BY_PROGRAM);
            assertThat(audit(id)).as("one decision in the trail").hasSize(2);
            assertThat(version(PM, id)).isEqualTo(version + 1);
        }
        System.out.println("Two program managers, 5 rounds: " + raced
                + " lost on the version check after reading together, the rest saw the decided state");
    }

    private String decide(String who, CyclicBarrier together, Runnable step) {
        return actAs.user(who, () -> {
            try {
                together.await(10, TimeUnit.SECONDS);
                step.run();
                return "won";
            } catch (IllegalTransitionException lost) {
                return lost.messageKey();
            } catch (Exception unexpected) {
                return unexpected.toString();
            }
        });
    }
}
