package org.marketaccess.portal.notification.internal;

/** Where a mail of the outbox stands. */
public enum MailStatus {
    /** Not sent yet: waiting for its first attempt or for a retry. */
    PENDING,
    SENT,
    /** Given up after the configured number of attempts. */
    FAILED
}
