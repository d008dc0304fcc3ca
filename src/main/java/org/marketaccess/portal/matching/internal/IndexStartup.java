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
 * At start, before the demo data: a new or unreadable index is filled from the database, and one
 * that disagrees with it (a crash, a restored backup, an index copied from elsewhere) is rebuilt.
 */
@Component
@Order(5)
class IndexStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndexStartup.class);

    private final MatchEngine engine;
    private final IndexSync sync;
    private final boolean checkOnStart;

    IndexStartup(
            MatchEngine engine, IndexSync sync, @Value("${portal.search.check-on-start:true}") boolean checkOnStart) {
        this.engine = engine;
        this.sync = sync;
        this.checkOnStart = checkOnStart;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!checkOnStart) {
            log.info("Search index not checked against the database at start (portal.search.check-on-start=false)");
            return;
        }
        if (engine.isFresh()) {
            sync.rebuild("the index is new");
            return;
        }
        IndexSync.Differences differences = sync.differences();
        if (differences.none()) {
            log.info("Search index agrees with the database");
        } else {
            sync.rebuild(differences.size() + " postings differ from the database");
        }
    }
}
