package org.marketaccess.portal.organization;

import org.marketaccess.portal.testing.PostgresTest;

@PostgresTest
class ProfileProbePostgresIT extends ProfileProbeIT {}
