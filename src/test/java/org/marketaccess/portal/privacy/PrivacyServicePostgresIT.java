package org.marketaccess.portal.privacy;

import org.marketaccess.portal.testing.PostgresTest;

@PostgresTest
class PrivacyServicePostgresIT extends PrivacyServiceIT {}
