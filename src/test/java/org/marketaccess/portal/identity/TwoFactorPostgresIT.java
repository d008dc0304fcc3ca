package org.marketaccess.portal.identity;

import org.marketaccess.portal.testing.PostgresTest;

@PostgresTest
class TwoFactorPostgresIT extends TwoFactorIT {}
