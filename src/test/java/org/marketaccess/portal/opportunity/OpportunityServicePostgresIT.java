package org.marketaccess.portal.opportunity;

import org.marketaccess.portal.testing.PostgresTest;

@PostgresTest
class OpportunityServicePostgresIT extends OpportunityServiceIT {}
