package org.marketaccess.portal.matching.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.marketaccess.portal.cluster.ClusterService;
import org.marketaccess.portal.identity.SystemAuthentication;
import org.marketaccess.portal.need.NeedForMatching;
import org.marketaccess.portal.opportunity.OpportunityForMatching;
import org.marketaccess.portal.organization.OrganizationClusters;
import org.marketaccess.portal.organization.OrganizationId;
import org.marketaccess.portal.search.PostingMeta;
import org.springframework.stereotype.Component;

/**
 * A posting's meta for the index with its cluster and the clusters that may see it (decision 028).
 * An organization's cluster is set once, at registration, so it is looked up once per organization.
 */
@Component
public class IndexAudience {

    private final OrganizationClusters organizations;
    private final ClusterService clusters;
    private final Map<OrganizationId, String> clusterOf = new ConcurrentHashMap<>();

    IndexAudience(OrganizationClusters organizations, ClusterService clusters) {
        this.organizations = organizations;
        this.clusters = clusters;
    }

    public PostingMeta meta(NeedForMatching need) {
        PostingMeta meta = Profiles.meta(need);
        return with(meta, need.organizationId(), need.content().keptInCluster());
    }

    public PostingMeta meta(OpportunityForMatching opportunity) {
        PostingMeta meta = Profiles.meta(opportunity);
        return with(meta, opportunity.organizationId(), opportunity.content().keptInCluster());
    }

    /** The cluster of an organization; null when it is unknown. */
    public String clusterOf(OrganizationId organization) {
        if (organization == null) {
            return null;
        }
        String cached = clusterOf.get(organization);
        if (cached != null) {
            return cached;
        }
        // the index's own work, in an after-commit listener as often as in a request
        String found = SystemAuthentication.runAsSystem(() -> organizations.of(organization))
                .orElse(null);
        if (found != null) {
            clusterOf.put(organization, found);
        }
        return found;
    }

    /** The clusters that may see a posting of the organization. */
    public java.util.Set<String> audience(OrganizationId organization, boolean keptInCluster) {
        return clusters.audience(clusterOf(organization), keptInCluster);
    }

    private PostingMeta with(PostingMeta meta, OrganizationId organization, boolean keptInCluster) {
        return new PostingMeta(
                meta.version(),
                meta.publishedAt(),
                meta.responseDeadline(),
                clusterOf(organization),
                audience(organization, keptInCluster));
    }
}
