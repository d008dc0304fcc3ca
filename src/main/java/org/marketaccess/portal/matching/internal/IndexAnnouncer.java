package org.marketaccess.portal.matching.internal;

import org.marketaccess.portal.matching.SearchIndexChanged;
import org.marketaccess.portal.search.MatchEngine;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Announces each refresh of the index's searcher to the application, and so to the open result pages. */
@Component
class IndexAnnouncer {

    IndexAnnouncer(MatchEngine engine, ApplicationEventPublisher events) {
        engine.onChange(() -> events.publishEvent(new SearchIndexChanged(engine.generation())));
    }
}
