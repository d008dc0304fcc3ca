package org.marketaccess.portal.notification;

import java.time.Instant;

/** One in-app notification of the signed-in user. */
public record NotificationItem(long id, String subject, String body, String link, Instant createdAt, boolean read) {}
