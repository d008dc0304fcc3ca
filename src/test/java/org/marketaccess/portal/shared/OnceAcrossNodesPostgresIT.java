package org.marketaccess.portal.shared;

import org.marketaccess.portal.testing.PostgresTest;

/** The same on PostgreSQL: ShedLock's row, and a session advisory lock for start-up work. */
@PostgresTest
class OnceAcrossNodesPostgresIT extends OnceAcrossNodesIT {}
