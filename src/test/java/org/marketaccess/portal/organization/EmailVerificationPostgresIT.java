package org.marketaccess.portal.organization;

import org.marketaccess.portal.testing.PostgresTest;

@PostgresTest
class EmailVerificationPostgresIT extends EmailVerificationIT {}
