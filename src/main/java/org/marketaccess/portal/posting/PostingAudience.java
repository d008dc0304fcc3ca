package org.marketaccess.portal.posting;

import java.util.Set;
import java.util.UUID;
import org.marketaccess.portal.cluster.ClusterService;
import org.marketaccess.portal.organization.MemberOf;
import org.marketaccess.portal.organization.OrganizationClusters;
import org.marketaccess.portal.organization.OrganizationId;
import org.springframework.stereotype.Component;

/**
 * The clusters whose organizations may see a posting (decision 028): its organization's cluster,
 * and that cluster's partners unless the posting is kept inside it. A cluster that is no partner
 * sees nothing of it: not the posting, not a match, not a search hit.
 */
@Component
public class PostingAudience {

    private final OrganizationClusters organizations;
    private final ClusterService clusters;

    PostingAudience(OrganizationClusters organizations, ClusterService clusters) {
        this.organizations = organizations;
        this.clusters = clusters;
    }

    /** The clusters that may see a posting of {@code organization}. */
    public Set<String> of(UUID organization, boolean keptInCluster) {
        String cluster = organizations.of(new OrganizationId(organization)).orElse(null);
        return clusters.audience(cluster, keptInCluster);
    }

    public Set<String> of(Posting<?> posting) {
        return of(posting.organizationId(), posting.keptInCluster());
    }

    /** Whether a member's organization (of the other side) may see the posting. */
    public boolean sees(MemberOf viewer, Posting<?> posting) {
        return viewer != null && posting.seenBy(viewer.cluster());
    }

    /** Writes the posting's audience after a write: its organization's cluster may have partners. */
    public void reach(Posting<?> posting) {
        posting.reach(of(posting));
    }
}
