package org.marketaccess.portal.dataset;

import org.marketaccess.portal.testing.PostgresTest;

@PostgresTest
class IntroductionHistoryImportPostgresIT extends IntroductionHistoryImportIT {}
