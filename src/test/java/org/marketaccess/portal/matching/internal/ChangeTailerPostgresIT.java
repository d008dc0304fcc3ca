package org.marketaccess.portal.matching.internal;

import org.marketaccess.portal.testing.PostgresTest;

/** The same on PostgreSQL, where identity values are taken at insert and seen at commit too. */
@PostgresTest
class ChangeTailerPostgresIT extends ChangeTailerIT {}
