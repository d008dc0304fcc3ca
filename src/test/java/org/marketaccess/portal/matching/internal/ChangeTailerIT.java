package org.marketaccess.portal.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.posting.PostingKind;
import org.marketaccess.portal.search.MatchEngine;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.Members;
import org.marketaccess.portal.testing.Postings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The index follows the change table (decision 033), on the embedded database: a publish is written
 * there with the change and the index's commit records how far it has applied the table; a change
 * whose transaction took its sequence value first but commits last (a hole, seen after a later one)
 * is still applied, and the recorded sequence never passes it while it is missing.
 */
@IntegrationTest
class ChangeTailerIT {

    @Autowired
    ChangeTailer tailer;

    @Autowired
    MatchEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    NeedService needs;

    @Autowired
    Members members;

    @Autowired
    ActAs actAs;

    @Test
    void aPublishIsWrittenToTheChangeTableAndTheIndexRecordsItAsApplied() {
        NeedId id = publish("Written to the change table");
        long seq = jdbc.queryForObject(
                "select max(seq) from posting_change where posting_id = ? and kind = 'NEED'", Long.class, id.value());
        await(() -> engine.versions(PostingKind.NEED).containsKey(id.toString()) && engine.appliedChange() >= seq);
    }

    @Test
    void aChangeThatCommitsAfterALaterOneIsStillApplied() throws Exception {
        NeedId early = publish("Closed by the slow transaction");
        NeedId late = publish("Closed by the quick transaction");
        await(() -> engine.versions(PostingKind.NEED)
                .keySet()
                .containsAll(java.util.List.of(early.toString(), late.toString())));

        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // takes the lower sequence value, then waits before committing
        CompletableFuture<Long> slow = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
            long seq = closeAndRecord(early.value());
            inserted.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return seq;
        }));
        assertThat(inserted.await(30, TimeUnit.SECONDS)).isTrue();
        long quick = transactions.execute(status -> closeAndRecord(late.value()));
        tailer.wake();
        await(() -> !engine.versions(PostingKind.NEED).containsKey(late.toString()));
        assertThat(engine.versions(PostingKind.NEED))
                .as("the slow change is not visible yet")
                .containsKey(early.toString());
        assertThat(tailer.applied())
                .as("the index's recorded sequence stops below the hole")
                .isLessThan(quick);

        release.countDown();
        long slowSeq = slow.get(30, TimeUnit.SECONDS);
        assertThat(slowSeq).isLessThan(quick);
        tailer.wake();
        await(() -> !engine.versions(PostingKind.NEED).containsKey(early.toString()));
        await(() -> tailer.applied() >= quick && engine.appliedChange() >= quick);
    }

    /** What a posting service does, without it: the status moves and the change row is written. */
    private long closeAndRecord(UUID need) {
        jdbc.update("update need set status = 'CLOSED' where id = ?", need);
        jdbc.update("insert into posting_change (posting_id, kind) values (?, 'NEED')", need);
        return jdbc.queryForObject("select max(seq) from posting_change where posting_id = ?", Long.class, need);
    }

    private NeedId publish(String title) {
        String startup = members.member(OrganizationType.STARTUP, true);
        return actAs.user(startup, () -> {
            NeedId id = needs.create(Postings.need(title));
            needs.publish(id, needs.find(id).orElseThrow().version());
            return id;
        });
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within 10 s").isLessThan(deadline);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
