package org.marketaccess.portal.organization.internal;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.marketaccess.portal.notification.Notice;
import org.marketaccess.portal.shared.Languages;
import org.marketaccess.portal.shared.ui.CurrentLanguage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The invitation e-mail. An address that already has an account gets a mail without a link that
 * says so; the inviting member sees the same answer either way (decision 023).
 */
@Component
public class InvitationMail {

    private final String baseUrl;

    InvitationMail(@Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public Notice invitation(Invitation invitation, String token, String inviter, String organization) {
        return new Notice(
                "invitation:" + invitation.id(),
                List.of(invitation.email()),
                text("invitation.mail.subject", inviter, organization),
                text(
                        "invitation.mail.body",
                        inviter,
                        organization,
                        link(token),
                        Languages.longDate(language()).withZone(ZoneOffset.UTC).format(invitation.expiresAt())),
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

    /**
     * The invited person has no account yet, so no language of their own: the mail is in the language
     * the inviting colleague uses the portal in (decision 026).
     */
    private static Locale language() {
        return CurrentLanguage.orEnglish();
    }

    private static String text(String key, Object... arguments) {
        return Languages.text(language(), key, arguments);
    }
}
