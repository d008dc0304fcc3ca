package org.marketaccess.portal.matching.internal;

import java.util.UUID;
import org.marketaccess.portal.need.NeedEvents.NeedSaved;
import org.marketaccess.portal.need.NeedEvents.NeedStatusChanged;
import org.marketaccess.portal.opportunity.OpportunityEvents.OpportunitySaved;
import org.marketaccess.portal.opportunity.OpportunityEvents.OpportunityStatusChanged;
import org.marketaccess.portal.posting.PostingKind;
import org.marketaccess.portal.shared.OnceAcrossNodes;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every posting change is written to {@code posting_change} in the transaction that makes it
 * (decision 033): these listeners run synchronously, inside the posting service's transaction, so the
 * row commits or rolls back with the change. Every node's {@link ChangeTailer} reads the table in
 * sequence order and re-reads the postings into its own index. The tailer is woken when the
 * transaction commits: on this node by a transaction synchronization, on the others by PostgreSQL's
 * {@code NOTIFY} (delivered at commit; the same notice within one transaction is delivered once).
 *
 * <p>Every event that changes what the index holds of a posting goes through here: saved (created,
 * edited, imported) and status moved (published, closed, withdrawn...). An organization's cluster and
 * the cluster partnerships, the other inputs of a posting's audience, change only by migration.
 */
@Component
class IndexUpdates {

    static final String CHANNEL = "posting_change";

    private static final Object WAKE_REGISTERED = new Object();

    private final JdbcTemplate jdbc;
    private final ChangeTailer tailer;
    private final OnceAcrossNodes nodes;

    IndexUpdates(JdbcTemplate jdbc, ChangeTailer tailer, OnceAcrossNodes nodes) {
        this.jdbc = jdbc;
        this.tailer = tailer;
        this.nodes = nodes;
    }

    @EventListener
    void on(NeedSaved event) {
        record(event.needId().value(), PostingKind.NEED);
    }

    @EventListener
    void on(NeedStatusChanged event) {
        record(event.needId().value(), PostingKind.NEED);
    }

    @EventListener
    void on(OpportunitySaved event) {
        record(event.opportunityId().value(), PostingKind.OPPORTUNITY);
    }

    @EventListener
    void on(OpportunityStatusChanged event) {
        record(event.opportunityId().value(), PostingKind.OPPORTUNITY);
    }

    private void record(UUID posting, PostingKind kind) {
        jdbc.update("insert into posting_change (posting_id, kind) values (?, ?)", posting, kind.name());
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            notifyNodes();
            tailer.wake();
            return;
        }
        // once per transaction: an import of a thousand postings wakes each node once
        if (!TransactionSynchronizationManager.hasResource(WAKE_REGISTERED)) {
            TransactionSynchronizationManager.bindResource(WAKE_REGISTERED, Boolean.TRUE);
            notifyNodes();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    tailer.wake();
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(WAKE_REGISTERED);
                }
            });
        }
    }

    private void notifyNodes() {
        if (nodes.isPostgres()) {
            jdbc.execute("notify " + CHANNEL);
        }
    }
}
