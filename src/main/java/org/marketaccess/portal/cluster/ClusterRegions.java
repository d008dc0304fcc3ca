package org.marketaccess.portal.cluster;

import java.util.Map;

/** Today's region codes and the cluster each belongs to (the same table as migration V16). */
final class ClusterRegions {

    private static final Map<String, String> CLUSTER_OF_REGION = Map.of(
            "massachusetts", "massachusetts",
            "new-england", "massachusetts",
            "north-america", "massachusetts",
            "catalonia", "catalonia",
            "spain", "catalonia",
            "yorkshire", "yorkshire",
            "united-kingdom", "yorkshire");

    private ClusterRegions() {}

    static String clusterOf(String region) {
        return region == null ? ClusterService.DEFAULT : CLUSTER_OF_REGION.getOrDefault(region, ClusterService.DEFAULT);
    }
}
