package org.marketaccess.portal.identity;

import org.marketaccess.portal.testing.PostgresTest;

@PostgresTest
class PasswordResetPostgresIT extends PasswordResetIT {}
