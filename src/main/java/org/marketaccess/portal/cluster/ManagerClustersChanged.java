package org.marketaccess.portal.cluster;

import java.util.Set;
import org.marketaccess.portal.identity.AccountId;

/** An administrator changed the clusters a program manager works for (codes before and after). */
public record ManagerClustersChanged(AccountId accountId, Set<String> before, Set<String> after) {}
