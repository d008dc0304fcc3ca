package org.marketaccess.portal.insight;

import org.marketaccess.portal.testing.PostgresTest;

@PostgresTest
class InsightServicePostgresIT extends InsightServiceIT {}
