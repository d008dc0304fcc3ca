package org.marketaccess.portal.notification.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.marketaccess.portal.identity.IdentityEvents.AccountMailRequested;
import org.marketaccess.portal.notification.Notice;
import org.marketaccess.portal.shared.Languages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes identity's account mails (reset and verification links, a registration attempt) to the
 * outbox, in the transaction that asked for them; they leave after commit. Unlike notices they make
 * no in-app notification: the link is for the mailbox only, and a person who forgot the password
 * cannot read in-app messages anyway. The event is handled synchronously, never stored as an event
 * publication, because it carries the secret link; the outbox keeps that link only until the mail
 * has left.
 */
@Component
class AccountMailWriter {

    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm 'UTC', ").withZone(ZoneOffset.UTC);

    private final MailOnlyWriter mailOnly;
    private final String baseUrl;

    AccountMailWriter(MailOnlyWriter mailOnly, @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.mailOnly = mailOnly;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AccountMailRequested mail) {
        String prefix =
                "mail.account." + mail.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        String link = baseUrl + "/" + mail.path();
        // in the account's language (decision 026): a reset link reads like the pages its owner knows
        Locale language = Languages.orEnglish(mail.language());
        String until = mail.expiresAt() == null
                ? ""
                : CLOCK.format(mail.expiresAt())
                        + Languages.longDate(language).withZone(ZoneOffset.UTC).format(mail.expiresAt());
        Object[] args = {mail.displayName(), link, until, baseUrl + "/forgot-password"};
        // a Notice checks the address and cuts what is too long, as for every other mail
        Notice notice = new Notice(
                mail.key(),
                java.util.List.of(mail.email()),
                Languages.text(language, prefix + ".subject", args),
                Languages.text(language, prefix + ".body", args),
                null);
        mailOnly.queue(notice, mail.expiresAt() == null ? null : link);
    }
}
