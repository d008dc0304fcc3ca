package org.marketaccess.portal.cluster;

import org.marketaccess.portal.testing.PostgresTest;

/** The postings' cluster rules again on PostgreSQL: the browse's query and the index's filters. */
@PostgresTest
class ClusterPostingPostgresIT extends ClusterPostingIT {}
