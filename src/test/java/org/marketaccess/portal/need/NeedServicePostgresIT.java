package org.marketaccess.portal.need;

import org.marketaccess.portal.testing.PostgresTest;

@PostgresTest
class NeedServicePostgresIT extends NeedServiceIT {}
