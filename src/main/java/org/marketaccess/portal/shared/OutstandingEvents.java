package org.marketaccess.portal.shared;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * After-commit reactions that did not complete (their listener failed, or their node died) run again
 * once they are older than {@code portal.events.resubmit-after}, on one node (decision 033). This
 * replaces Spring Modulith's republishing at start, which with several nodes would replay on a starting
 * node what another node is handling at that moment, and which left a failed reaction waiting for
 * the next restart.
 */
@Component
class OutstandingEvents {

    private static final Logger log = LoggerFactory.getLogger(OutstandingEvents.class);

    private final ObjectProvider<IncompleteEventPublications> incomplete;
    private final OnceAcrossNodes nodes;
    private final Duration olderThan;

    OutstandingEvents(
            ObjectProvider<IncompleteEventPublications> incomplete,
            OnceAcrossNodes nodes,
            @Value("${portal.events.resubmit-after:PT2M}") Duration olderThan) {
        this.incomplete = incomplete;
        this.nodes = nodes;
        this.olderThan = olderThan;
    }

    @Scheduled(
            initialDelayString = "${portal.events.resubmit-interval:PT1M}",
            fixedDelayString = "${portal.events.resubmit-interval:PT1M}")
    void resubmit() {
        try {
            // held a little shorter than the interval: the next turn may run on any node
            nodes.once(
                    "resubmit-events",
                    olderThan.dividedBy(4),
                    Duration.ofMinutes(10),
                    () -> incomplete.ifAvailable(
                            publications -> publications.resubmitIncompletePublicationsOlderThan(olderThan)));
        } catch (RuntimeException e) {
            log.warn("Could not resubmit the outstanding events: {}", e.getMessage());
        }
    }
}
