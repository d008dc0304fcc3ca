package org.marketaccess.portal.dataset;

import org.marketaccess.portal.testing.PostgresTest;

@PostgresTest
class DatasetImportPostgresIT extends DatasetImportIT {}
