package org.marketaccess.portal.matching.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.marketaccess.portal.identity.SystemAuthentication;
import org.marketaccess.portal.matching.IndexRebuildProgressed;
import org.marketaccess.portal.matching.IndexStatus;
import org.marketaccess.portal.need.NeedForMatching;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.opportunity.OpportunityForMatching;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.posting.PostingKind;
import org.marketaccess.portal.search.MatchEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with the database: one posting after its change was committed, or all of
 * them (rebuild), and a comparison of the two by id and version. Reads the database through the
 * posting services with the program's rights, as this is the system's own work.
 */
@Component
public class IndexSync {

    private static final Logger log = LoggerFactory.getLogger(IndexSync.class);

    private final MatchEngine engine;
    private final NeedService needs;
    private final OpportunityService opportunities;
    private final Clock clock;
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private volatile Instant lastRebuildAt;
    private volatile Duration lastRebuildTook;
    private volatile String lastRebuildReason;
    private volatile String lastRebuildFailure;

    private final ApplicationEventPublisher events;
    private final IndexAudience audience;

    IndexSync(
            IndexAudience audience,
            MatchEngine engine,
            NeedService needs,
            OpportunityService opportunities,
            Clock clock,
            ApplicationEventPublisher events) {
        this.audience = audience;
        this.events = events;
        this.engine = engine;
        this.needs = needs;
        this.opportunities = opportunities;
        this.clock = clock;
    }

    /** Indexes the need as it is now in the database (or removes it), durably, and makes it searchable. */
    public void need(NeedId id) {
        enter();
        try {
            index(id);
            // Visible first, durable next.
            engine.refresh();
            engine.commit();
        } finally {
            leave();
        }
    }

    public void opportunity(OpportunityId id) {
        enter();
        try {
            index(id);
            engine.refresh();
            engine.commit();
        } finally {
            leave();
        }
    }

    /** A posting named by a row of the change table. */
    public record Changed(PostingKind kind, UUID id) {}

    /**
     * Re-reads each posting into the index (or removes it), makes them searchable, and commits with
     * {@code appliedChange}, the change sequence the index now holds everything up to (decision 033).
     */
    void apply(Collection<Changed> postings, long appliedChange) {
        enter();
        try {
            for (Changed changed : postings) {
                if (changed.kind() == PostingKind.NEED) {
                    index(new NeedId(changed.id()));
                } else {
                    index(new OpportunityId(changed.id()));
                }
            }
            if (!postings.isEmpty()) {
                engine.refresh();
            }
            engine.commit(appliedChange);
        } finally {
            leave();
        }
    }

    private void index(NeedId id) {
        SystemAuthentication.runAsSystem(() -> needs.forMatching(id))
                .ifPresentOrElse(this::put, () -> engine.remove(id.toString()));
    }

    private void index(OpportunityId id) {
        SystemAuthentication.runAsSystem(() -> opportunities.forMatching(id))
                .ifPresentOrElse(this::put, () -> engine.remove(id.toString()));
    }

    /**
     * Index work under way; the shutdown waits for it before the index is closed. Work that arrives
     * while the portal stops is refused: the change table still holds it, and the index's commit
     * does not record it as applied, so it runs when the portal starts again.
     */
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();

    private volatile boolean stopping;

    /** Index work refused because the portal is stopping; it runs again at the next start. */
    static final class Stopping extends IllegalStateException {
        Stopping() {
            super("The portal is stopping; this index update runs at the next start");
        }
    }

    private void enter() {
        inFlight.incrementAndGet();
        if (stopping) {
            inFlight.decrementAndGet();
            throw new Stopping();
        }
    }

    private void leave() {
        inFlight.decrementAndGet();
    }

    /** Accepts index work again (a stopped context that is started again, as the test framework does). */
    void resume() {
        stopping = false;
    }

    /** Refuses new index work and waits (at most {@code patience}) for the work under way. */
    void drain(Duration patience) {
        stopping = true;
        long deadline = System.nanoTime() + patience.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (inFlight.get() > 0) {
            log.warn("Stopping with {} index updates under way; they run again at the next start", inFlight.get());
        }
    }

    private void put(NeedForMatching need) {
        engine.put(Profiles.need(need), audience.meta(need));
    }

    private void put(OpportunityForMatching opportunity) {
        engine.put(Profiles.opportunity(opportunity), audience.meta(opportunity));
    }

    /** What differs between the database and the index; empty when they agree. */
    public record Differences(Set<String> needs, Set<String> opportunities) {
        public boolean none() {
            return needs.isEmpty() && opportunities.isEmpty();
        }

        public int size() {
            return needs.size() + opportunities.size();
        }
    }

    public Differences differences() {
        return SystemAuthentication.runAsSystem(() -> new Differences(
                differing(needs.versionsForMatching(), engine.versions(PostingKind.NEED)),
                differing(opportunities.versionsForMatching(), engine.versions(PostingKind.OPPORTUNITY))));
    }

    private static Set<String> differing(Map<String, Long> database, Map<String, Long> index) {
        Set<String> ids = new HashSet<>();
        database.forEach((id, version) -> {
            if (!version.equals(index.get(id))) {
                ids.add(id);
            }
        });
        index.keySet().stream().filter(id -> !database.containsKey(id)).forEach(ids::add);
        return ids;
    }

    /** Re-indexes the postings that differ one by one (what changed while a rebuild was reading). */
    public int reconcile() {
        Differences differences = differences();
        differences.needs().forEach(id -> need(new NeedId(java.util.UUID.fromString(id))));
        differences.opportunities().forEach(id -> opportunity(new OpportunityId(java.util.UUID.fromString(id))));
        return differences.size();
    }

    /**
     * Puts every published posting into the index again and removes what is not published; logs its
     * progress. Searches go on meanwhile. Returns false when a rebuild is already running.
     */
    public boolean rebuild(String reason) {
        if (!rebuilding.compareAndSet(false, true)) {
            return false;
        }
        try {
            enter();
        } catch (Stopping e) {
            rebuilding.set(false);
            throw e;
        }
        Instant started = clock.instant();
        lastRebuildFailure = null;
        try {
            SystemAuthentication.runAsSystem(() -> {
                long needCount = needs.countForMatching();
                long opportunityCount = opportunities.countForMatching();
                done.set(0);
                total.set(needCount + opportunityCount);
                log.info(
                        "Search index rebuild ({}): {} needs and {} opportunities",
                        reason,
                        needCount,
                        opportunityCount);
                events.publishEvent(new IndexRebuildProgressed());
                Progress progress = new Progress();
                engine.rebuild(feed -> {
                    needs.forEachForMatching(need -> {
                        feed.need(Profiles.need(need), audience.meta(need));
                        done.incrementAndGet();
                        progress.report();
                    });
                    opportunities.forEachForMatching(opportunity -> {
                        feed.opportunity(Profiles.opportunity(opportunity), audience.meta(opportunity));
                        done.incrementAndGet();
                        progress.report();
                    });
                });
            });
            int fixed = reconcile();
            lastRebuildTook = Duration.between(started, clock.instant());
            lastRebuildAt = clock.instant();
            lastRebuildReason = reason;
            log.info(
                    "Search index rebuilt in {} ms: {} needs, {} opportunities{}",
                    lastRebuildTook.toMillis(),
                    engine.count(PostingKind.NEED),
                    engine.count(PostingKind.OPPORTUNITY),
                    fixed == 0 ? "" : " (" + fixed + " changed during the rebuild, indexed again)");
            return true;
        } catch (RuntimeException e) {
            lastRebuildFailure = e.getMessage();
            log.error("Search index rebuild failed; the index keeps what it had", e);
            throw e;
        } finally {
            leave();
            rebuilding.set(false);
            events.publishEvent(new IndexRebuildProgressed());
        }
    }

    /** Logs every tenth of the way. */
    private final class Progress {
        private long nextReport = 1;

        void report() {
            long now = done.get();
            long all = Math.max(1, total.get());
            if (now * 10 >= nextReport * all) {
                log.info("Search index rebuild: {} of {} postings ({} %)", now, total.get(), now * 100 / all);
                events.publishEvent(new IndexRebuildProgressed());
                nextReport = now * 10 / all + 1;
            }
        }
    }

    public IndexStatus status() {
        return SystemAuthentication.runAsSystem(() -> new IndexStatus(
                engine.count(PostingKind.NEED),
                engine.count(PostingKind.OPPORTUNITY),
                needs.countForMatching(),
                opportunities.countForMatching(),
                rebuilding.get(),
                done.get(),
                total.get(),
                lastRebuildAt,
                lastRebuildTook,
                lastRebuildReason,
                lastRebuildFailure));
    }

    public boolean isRebuilding() {
        return rebuilding.get();
    }
}
