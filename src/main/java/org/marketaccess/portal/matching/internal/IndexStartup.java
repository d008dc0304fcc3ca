package org.marketaccess.portal.matching.internal;

import org.marketaccess.portal.search.MatchEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, before the demo data: a new or unreadable index is filled from the database. An index
 * that was here catches up from the change sequence its last commit recorded (the changes made on
 * any node while this one was down, decision 033), and is then compared with the database: a few
 * differences (postings changed on another node a moment ago) are indexed one by one; many (a crash
 * before the change table existed, a restored backup, an index copied from elsewhere) mean a rebuild.
 * Then the {@link ChangeTailer} follows the change table.
 */
@Component
@Order(5)
class IndexStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndexStartup.class);
    /** Up to this many differences are indexed one by one rather than by a rebuild. */
    static final int FIXED_ONE_BY_ONE = 100;

    private final MatchEngine engine;
    private final IndexSync sync;
    private final ChangeTailer tailer;
    private final boolean checkOnStart;

    IndexStartup(
            MatchEngine engine,
            IndexSync sync,
            ChangeTailer tailer,
            @Value("${portal.search.check-on-start:true}") boolean checkOnStart) {
        this.engine = engine;
        this.sync = sync;
        this.tailer = tailer;
        this.checkOnStart = checkOnStart;
    }

    @Override
    public void run(ApplicationArguments args) {
        long applied = engine.isFresh() ? 0 : engine.appliedChange();
        // taken before anything reads the database: what changes from here on is followed
        long start = tailer.safeStart();
        if (applied > 0) {
            long read = tailer.begin(applied);
            log.info("Search index caught up on {} posting changes after change {}", read, applied);
        }
        if (!checkOnStart) {
            log.info("Search index not checked against the database at start (portal.search.check-on-start=false)");
        } else if (engine.isFresh()) {
            sync.rebuild("the index is new");
        } else {
            check();
        }
        if (applied == 0) {
            tailer.begin(start);
        }
    }

    private void check() {
        IndexSync.Differences differences = sync.differences();
        if (differences.none()) {
            log.info("Search index agrees with the database");
        } else if (differences.size() <= FIXED_ONE_BY_ONE) {
            int fixed = sync.reconcile();
            log.info("Search index: {} postings differed from the database, indexed again", fixed);
        } else {
            sync.rebuild(differences.size() + " postings differ from the database");
        }
    }
}
