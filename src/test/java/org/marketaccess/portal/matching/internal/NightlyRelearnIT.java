package org.marketaccess.portal.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marketaccess.portal.search.MatchEngine;
import org.marketaccess.portal.search.ScoreWeights;
import org.marketaccess.portal.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nightly relearn fires on every node; it stores one version a night (decision 033's ShedLock),
 * not one per node.
 */
@IntegrationTest
class NightlyRelearnIT {

    @Autowired
    WeightsSchedule schedule;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MatchEngine engine;

    @Test
    void theNightlyRelearnFiredTwiceInOneTurnStoresOneVersion() {
        jdbc.update("delete from shedlock where name = 'relearn-weights'");
        Integer before = jdbc.queryForObject("select count(*) from learned_weights", Integer.class);

        schedule.relearn();
        schedule.relearn(); // the second node's timer, a moment later

        assertThat(jdbc.queryForObject("select count(*) from learned_weights", Integer.class))
                .isEqualTo(before + 1);
        engine.use(ScoreWeights.DESIGN);
    }
}
