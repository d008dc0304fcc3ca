package org.marketaccess.portal.matching.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.marketaccess.portal.shared.OnceAcrossNodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes change rows older than {@code portal.search.change-retention} (a week), once a day on one
 * node. A node that was down longer starts from what is left and then compares its whole index with
 * the database, as at every start (decision 033).
 */
@Component
@EnableScheduling
class ChangePruning {

    private static final Logger log = LoggerFactory.getLogger(ChangePruning.class);

    private final JdbcTemplate jdbc;
    private final OnceAcrossNodes nodes;
    private final Duration retention;

    ChangePruning(
            JdbcTemplate jdbc,
            OnceAcrossNodes nodes,
            @Value("${portal.search.change-retention:P7D}") Duration retention) {
        this.jdbc = jdbc;
        this.nodes = nodes;
        this.retention = retention;
    }

    @Scheduled(cron = "${portal.search.change-prune-cron:0 17 3 * * *}", zone = "UTC")
    public void prune() {
        nodes.once("posting-change-prune", Duration.ofMinutes(5), Duration.ofMinutes(30), () -> {
            OffsetDateTime before = OffsetDateTime.ofInstant(Instant.now().minus(retention), ZoneOffset.UTC);
            int removed = jdbc.update("delete from posting_change where changed_at < ?", before);
            if (removed > 0) {
                log.info("Removed {} posting changes older than {}", removed, retention);
            }
        });
    }
}
