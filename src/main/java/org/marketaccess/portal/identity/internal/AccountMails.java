package org.marketaccess.portal.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.marketaccess.portal.identity.IdentityEvents.AccountMail;
import org.marketaccess.portal.identity.IdentityEvents.AccountMailRequested;
import org.marketaccess.portal.identity.internal.AccountToken.Purpose;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Asks for the mails that carry an account's single-use links. Identity does not know the
 * notification feature: it publishes {@link AccountMailRequested}, which that feature writes to its
 * outbox in the same transaction.
 */
@Component
public class AccountMails {

    public static final String TOKEN = "token";
    public static final String RESET_PASSWORD = "reset-password";
    public static final String VERIFY_EMAIL = "verify-email";

    private final AccountTokens tokens;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountMails(AccountTokens tokens, ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.events = events;
        this.clock = clock;
    }

    public void resetLink(Account account, Duration validity) {
        link(account, AccountMail.PASSWORD_RESET, Purpose.PASSWORD_RESET, RESET_PASSWORD, validity);
    }

    public void verificationLink(Account account, Duration validity) {
        link(account, AccountMail.EMAIL_VERIFICATION, Purpose.EMAIL_VERIFICATION, VERIFY_EMAIL, validity);
    }

    /**
     * Tells the owner of an address that someone tried to register an account with it, with the
     * links to log in and to reset the password; at most one such mail per account and hour.
     */
    public void registrationAttempt(Account account) {
        Instant hour = clock.instant().truncatedTo(ChronoUnit.HOURS);
        events.publishEvent(new AccountMailRequested(
                AccountMail.REGISTRATION_ATTEMPT,
                "registration-attempt:" + account.id() + ":" + hour.getEpochSecond(),
                account.email(),
                account.displayName(),
                "login",
                null,
                account.language()));
    }

    /** How many links of a purpose the account was sent within {@code window} before now. */
    public long sentWithin(Account account, Purpose purpose, Duration window) {
        return tokens.issuedSince(account.id(), purpose, clock.instant().minus(window));
    }

    private void link(Account account, AccountMail kind, Purpose purpose, String route, Duration validity) {
        AccountTokens.Issued issued = tokens.issue(account.id(), purpose, validity);
        events.publishEvent(new AccountMailRequested(
                kind,
                kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + issued.tokenId(),
                account.email(),
                account.displayName(),
                route + "?" + TOKEN + "=" + issued.secret(),
                issued.expiresAt(),
                account.language()));
    }
}
