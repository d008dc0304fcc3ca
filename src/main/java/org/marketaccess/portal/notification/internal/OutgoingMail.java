package org.marketaccess.portal.notification.internal;

import java.util.List;

/** A plain-text e-mail as a {@link MailGateway} sends it. */
public record OutgoingMail(
        String noticeKey, String from, List<String> to, List<String> cc, String subject, String body) {}
