package org.marketaccess.portal.shell;

import org.marketaccess.portal.testing.PostgresTest;

@PostgresTest
class EveryRouteAccessPostgresIT extends EveryRouteAccessIT {}
