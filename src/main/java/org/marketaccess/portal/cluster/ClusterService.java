package org.marketaccess.portal.cluster;

import jakarta.annotation.security.PermitAll;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marketaccess.portal.cluster.internal.ClusterEntity;
import org.marketaccess.portal.cluster.internal.ClusterRepository;
import org.marketaccess.portal.shared.ui.CurrentLanguage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the clusters and their partners. Public reference data (registration chooses a cluster
 * before any login); it changes only by migration, so it is read once and kept.
 *
 * <p>Who sees a posting (decision 028): one kept in its cluster is seen inside that cluster only;
 * a shared one in its cluster and the cluster's partners. A cluster that is no partner sees
 * nothing of it.
 */
@Service
@PermitAll
@Transactional(readOnly = true)
public class ClusterService {

    /** The cluster an organization of no known region belongs to: the program's first. */
    public static final String DEFAULT = "massachusetts";

    private final ClusterRepository clusters;
    private volatile Map<String, Entry> cache;

    private record Entry(Cluster cluster, Set<String> partners) {}

    ClusterService(ClusterRepository clusters) {
        this.clusters = clusters;
    }

    /** Every cluster, in the program's order. */
    public List<Cluster> all() {
        return entries().values().stream().map(Entry::cluster).toList();
    }

    public Optional<Cluster> find(String code) {
        return Optional.ofNullable(code).map(entries()::get).map(Entry::cluster);
    }

    public boolean exists(String code) {
        return code != null && entries().containsKey(code);
    }

    /**
     * The cluster's name in the language of the person in front of the current page (English in a
     * job or a mail), or the code itself when it is unknown.
     */
    public String name(String code) {
        return find(code)
                .map(cluster -> cluster.name(CurrentLanguage.orEnglish()))
                .orElse(code);
    }

    /** The partners of a cluster (symmetric: each agreement holds both ways); none for an unknown code. */
    public Set<String> partners(String code) {
        Entry entry = code == null ? null : entries().get(code);
        return entry == null ? Set.of() : entry.partners();
    }

    /** The clusters that may see a posting of {@code cluster}: its own, and its partners when shared. */
    public Set<String> audience(String cluster, boolean keptInCluster) {
        Set<String> audience = new LinkedHashSet<>();
        if (cluster == null) {
            return audience;
        }
        audience.add(cluster);
        if (!keptInCluster) {
            audience.addAll(partners(cluster));
        }
        return Set.copyOf(audience);
    }

    /** Whether an organization of {@code viewer}'s cluster may see a posting of {@code cluster}. */
    public boolean sees(String viewer, String cluster, boolean keptInCluster) {
        return viewer != null && audience(cluster, keptInCluster).contains(viewer);
    }

    /**
     * The cluster a region belongs to, the default of registration and of the migration: North
     * America to Massachusetts, Spain to Catalonia, the United Kingdom to Yorkshire, anything else
     * to {@link #DEFAULT}.
     */
    public String forRegion(String region) {
        return ClusterRegions.clusterOf(region);
    }

    /** Codes that are not clusters, among {@code codes}. */
    public Set<String> unknown(Collection<String> codes) {
        Set<String> unknown = new LinkedHashSet<>();
        codes.forEach(code -> {
            if (!exists(code)) {
                unknown.add(code);
            }
        });
        return unknown;
    }

    private Map<String, Entry> entries() {
        Map<String, Entry> loaded = cache;
        if (loaded == null) {
            Map<String, Set<String>> partners = new LinkedHashMap<>();
            for (Object[] row : clusters.partnerPairs()) {
                partners.computeIfAbsent((String) row[0], code -> new LinkedHashSet<>())
                        .add((String) row[1]);
            }
            Map<String, Entry> next = new LinkedHashMap<>();
            for (ClusterEntity cluster : clusters.findAllByOrderByPositionAsc()) {
                next.put(
                        cluster.code(),
                        new Entry(
                                new Cluster(cluster.code(), cluster.name()),
                                Set.copyOf(partners.getOrDefault(cluster.code(), Set.of()))));
            }
            loaded = java.util.Collections.unmodifiableMap(next);
            cache = loaded;
        }
        return loaded;
    }
}
