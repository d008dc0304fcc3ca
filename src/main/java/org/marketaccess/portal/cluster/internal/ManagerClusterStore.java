package org.marketaccess.portal.cluster.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The table of which program manager works for which cluster. */
@Component
public class ManagerClusterStore {

    private final JdbcTemplate jdbc;

    ManagerClusterStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Set<String> of(UUID account) {
        return new LinkedHashSet<>(jdbc.queryForList(
                "select cluster_code from account_cluster where account_id = ? order by cluster_code",
                String.class,
                account));
    }

    /** The managers who work for at least one of {@code clusters}. */
    public java.util.List<UUID> managersOf(Collection<String> clusters) {
        if (clusters.isEmpty()) {
            return java.util.List.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(clusters.size(), "?"));
        return jdbc.queryForList(
                "select distinct account_id from account_cluster where cluster_code in (" + marks + ")",
                UUID.class,
                clusters.toArray());
    }

    public void replace(UUID account, Collection<String> clusters) {
        jdbc.update("delete from account_cluster where account_id = ?", account);
        for (String cluster : Set.copyOf(clusters)) {
            jdbc.update("insert into account_cluster (account_id, cluster_code) values (?, ?)", account, cluster);
        }
    }
}
