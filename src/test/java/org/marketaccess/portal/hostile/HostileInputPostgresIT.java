package org.marketaccess.portal.hostile;

import org.marketaccess.portal.testing.PostgresTest;

/** The forms' part of the hostile-input test on PostgreSQL, where a NUL used to make a save fail. */
@PostgresTest
class HostileInputPostgresIT extends HostileInputIT {

    @Override
    boolean sendsRawRequests() {
        return false;
    }
}
