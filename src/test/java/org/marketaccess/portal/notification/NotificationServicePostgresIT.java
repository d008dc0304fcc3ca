package org.marketaccess.portal.notification;

import org.marketaccess.portal.testing.PostgresTest;

@PostgresTest
class NotificationServicePostgresIT extends NotificationServiceIT {}
