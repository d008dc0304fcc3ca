package org.marketaccess.portal.search.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.marketaccess.portal.search.MatchEngine;
import org.marketaccess.portal.search.MatchRules;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomyService;
import org.marketaccess.portal.taxonomy.Term;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The live index: one engine per process, on disk, closed (and committed) when the application stops. */
@Configuration
class SearchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SearchConfiguration.class);

    @Bean(destroyMethod = "close")
    MatchEngine matchEngine(
            TaxonomyService taxonomy, Clock clock, @Value("${portal.search.index-directory}") Path directory) {
        Map<String, Integer> stageRanks = new LinkedHashMap<>();
        for (Term stage : taxonomy.terms(TaxonomyKind.STAGE)) {
            stageRanks.put(stage.code(), taxonomy.stageRank(stage.code()));
        }
        MatchEngine engine =
                MatchEngine.open(directory.toAbsolutePath(), new MatchRules(taxonomy.regions(), stageRanks), clock);
        log.info(
                "Search index in {} ({})",
                directory.toAbsolutePath(),
                engine.isFresh() ? "new: it will be filled from the database" : "opened");
        return engine;
    }
}
