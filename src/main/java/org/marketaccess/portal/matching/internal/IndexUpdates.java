package org.marketaccess.portal.matching.internal;

import org.marketaccess.portal.need.NeedEvents.NeedSaved;
import org.marketaccess.portal.need.NeedEvents.NeedStatusChanged;
import org.marketaccess.portal.opportunity.OpportunityEvents.OpportunitySaved;
import org.marketaccess.portal.opportunity.OpportunityEvents.OpportunityStatusChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Posting changes reach the index after their transaction committed. Each event is recorded in the
 * database with the change (Spring Modulith's publication registry) and completed only once the
 * index has committed the update, so a crash in between is replayed at the next start.
 */
@Component
class IndexUpdates {

    private final IndexSync sync;

    IndexUpdates(IndexSync sync) {
        this.sync = sync;
    }

    @ApplicationModuleListener
    void on(NeedSaved event) {
        sync.need(event.needId());
    }

    @ApplicationModuleListener
    void on(NeedStatusChanged event) {
        sync.need(event.needId());
    }

    @ApplicationModuleListener
    void on(OpportunitySaved event) {
        sync.opportunity(event.opportunityId());
    }

    @ApplicationModuleListener
    void on(OpportunityStatusChanged event) {
        sync.opportunity(event.opportunityId());
    }
}
