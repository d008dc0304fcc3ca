package org.marketaccess.portal.introduction.internal;

import jakarta.persistence.Embeddable;
import java.util.Set;

/**
 * The clusters of a request's two sides, whose managers' queues it is in (decision 028), and the
 * cluster the program's last decision was taken for. A cross-cluster request is in both queues.
 */
@Embeddable
public class RequestClusters {

    private String requesterCluster;
    private String recipientCluster;
    private String decidedForCluster;

    protected RequestClusters() {}

    RequestClusters(String requesterCluster, String recipientCluster) {
        this.requesterCluster = requesterCluster;
        this.recipientCluster = recipientCluster;
    }

    /** Whether a manager of {@code clusters} works this request: either side belongs to one of them. */
    public boolean concern(Set<String> clusters) {
        return clusters.contains(requesterCluster) || clusters.contains(recipientCluster);
    }

    /** The cluster a manager of {@code clusters} decides for: the requester's when theirs, else the recipient's. */
    String decidedBy(Set<String> clusters) {
        if (clusters.contains(requesterCluster)) {
            return requesterCluster;
        }
        if (clusters.contains(recipientCluster)) {
            return recipientCluster;
        }
        throw new IllegalStateException("no cluster of " + clusters + " is a side of this request");
    }

    void decidedFor(String cluster) {
        decidedForCluster = cluster;
    }

    public String requester() {
        return requesterCluster;
    }

    public String recipient() {
        return recipientCluster;
    }

    public String decidedFor() {
        return decidedForCluster;
    }
}
