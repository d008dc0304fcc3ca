package org.marketaccess.portal.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Without a mail server ({@code spring.mail.host} unset: the default profile, the demo, tests) each
 * mail is written to the log in full instead, so that what would have been sent can still be read.
 */
class LoggingMailGateway implements MailGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingMailGateway.class);

    @Override
    public void send(OutgoingMail mail) {
        log.info(
                "E-mail (not sent: no spring.mail.host)\nNotice: {}\nFrom: {}\nTo: {}\nCc: {}\nSubject: {}\n\n{}",
                mail.noticeKey(),
                mail.from(),
                String.join(", ", mail.to()),
                String.join(", ", mail.cc()),
                mail.subject(),
                mail.body());
    }

    @Override
    public String toString() {
        return "log";
    }
}
