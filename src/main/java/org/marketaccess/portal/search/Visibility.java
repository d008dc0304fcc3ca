package org.marketaccess.portal.search;

import java.util.Set;

/**
 * Which postings a viewer may find (decision 028): those whose audience holds the viewer's cluster;
 * in matching also only those of a cluster that may see the viewer's own posting, so that neither
 * side of a suggested pair is hidden from the other. {@link #ALL} (the program, evaluations) filters
 * nothing.
 *
 * @param viewerCluster the cluster of the organization that looks; null for no filter
 * @param seenBy the clusters that may see the posting matched from; null for no filter
 */
public record Visibility(String viewerCluster, Set<String> seenBy) {

    public static final Visibility ALL = new Visibility(null, null);

    public Visibility {
        seenBy = seenBy == null ? null : Set.copyOf(seenBy);
    }

    /** A search box: what the viewer's cluster may see. */
    public static Visibility of(String viewerCluster) {
        return new Visibility(viewerCluster, null);
    }
}
