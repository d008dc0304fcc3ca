package org.marketaccess.portal.cluster;

import org.marketaccess.portal.testing.PostgresTest;

/** The queue's, counts' and insight's cluster rules again on PostgreSQL. */
@PostgresTest
class ClusterQueuePostgresIT extends ClusterQueueIT {}
