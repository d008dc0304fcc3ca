package org.marketaccess.portal.cluster;

import org.marketaccess.portal.testing.PostgresTest;

/** The cluster rules again on PostgreSQL: the queue's and the browse's queries, the index's filters. */
@PostgresTest
class ClusterVisibilityPostgresIT extends ClusterVisibilityIT {}
