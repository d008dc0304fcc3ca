/**
 * Notifications: in-app messages with an unread count for each account, and e-mail through an
 * outbox that is sent after commit and retried, so that no other feature waits for a mail server.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.marketaccess.portal.notification;
