package org.marketaccess.portal.matching;

import org.marketaccess.portal.testing.PostgresTest;

@PostgresTest
class MatchingServicePostgresIT extends MatchingServiceIT {}
