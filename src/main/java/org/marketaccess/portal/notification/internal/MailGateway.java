package org.marketaccess.portal.notification.internal;

/** Sends one e-mail now, or throws: retries and bookkeeping belong to the {@link MailDispatcher}. */
public interface MailGateway {

    void send(OutgoingMail mail);
}
