package org.marketaccess.portal.operations;

import org.marketaccess.portal.testing.PostgresTest;

@PostgresTest
class SaveFailurePostgresIT extends SaveFailureIT {}
