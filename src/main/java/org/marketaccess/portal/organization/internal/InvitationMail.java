package org.marketaccess.portal.organization.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.marketaccess.portal.notification.Notice;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The invitation e-mail. An address that already has an account gets a mail without a link that
 * says so; the inviting member sees the same answer either way (decision 023).
 */
@Component
public class InvitationMail {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final String baseUrl;
    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    InvitationMail(@Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        messages.setBasename("vaadin-i18n/translations");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    public Notice invitation(Invitation invitation, String token, String inviter, String organization) {
        return new Notice(
                "invitation:" + invitation.id(),
                List.of(invitation.email()),
                text("invitation.mail.subject", inviter, organization),
                text("invitation.mail.body", inviter, organization, link(token), DAY.format(invitation.expiresAt())),
                null);
    }

    /** The single-use link of an invitation; the outbox keeps it only until the mail has left. */
    public String link(String token) {
        return baseUrl + "/invitation/" + token;
    }

    public Notice alreadyRegistered(Invitation invitation, String inviter, String organization) {
        return new Notice(
                "invitation:" + invitation.id(),
                List.of(invitation.email()),
                text("invitation.mail.subject", inviter, organization),
                text("invitation.mail.registered", inviter, organization, baseUrl + "/login"),
                null);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ROOT);
    }
}
