package org.marketaccess.portal.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import org.marketaccess.portal.identity.IdentityEvents.EmailVerified;
import org.marketaccess.portal.identity.internal.Account;
import org.marketaccess.portal.identity.internal.AccountMails;
import org.marketaccess.portal.identity.internal.AccountRepository;
import org.marketaccess.portal.identity.internal.AccountToken;
import org.marketaccess.portal.identity.internal.AccountToken.Purpose;
import org.marketaccess.portal.identity.internal.AccountTokens;
import org.marketaccess.portal.shared.EmailAddresses;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The address of a self-registered account is confirmed by following a single-use link sent to it.
 * Until then the program does not see the organization (docs/decisions/021). Other features learn
 * of a confirmation through {@link EmailVerified}, in the same transaction.
 */
@Service
@PermitAll
@Transactional
public class EmailVerificationService {

    /** How long a verification link works: a day, since registering people often read mail later. */
    public static final Duration VALIDITY = Duration.ofHours(24);

    /** At most this many verification mails per account in an hour. */
    static final int MAX_MAILS_PER_HOUR = 3;

    private final AccountRepository accounts;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    EmailVerificationService(
            AccountRepository accounts,
            AccountTokens tokens,
            AccountMails mails,
            ApplicationEventPublisher events,
            CurrentUser currentUser,
            Clock clock) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.tokens = tokens;
        this.mails = mails;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Mails a new link if an account with this address still waits for verification. Says nothing
     * either way, like the reset.
     */
    public void resend(String email) {
        String normalized = AccountService.normalize(email);
        if (!EmailAddresses.mailable(normalized)) {
            return;
        }
        accounts.findByEmail(normalized)
                .filter(account -> !account.emailVerified() && account.enabled())
                .filter(account ->
                        mails.sentWithin(account, Purpose.EMAIL_VERIFICATION, Duration.ofHours(1)) < MAX_MAILS_PER_HOUR)
                .ifPresent(account -> mails.verificationLink(account, VALIDITY));
    }

    @Transactional(readOnly = true)
    public LinkState linkState(String secret) {
        return tokens.find(secret, Purpose.EMAIL_VERIFICATION)
                .map(token -> token.state(clock.instant()))
                .orElse(LinkState.UNKNOWN);
    }

    /**
     * Follows a verification link. A link used before answers {@link LinkState#USED}: the address is
     * verified already, which the page says.
     *
     * @return the state the link was in; {@link LinkState#VALID} means this call verified the address
     */
    public LinkState verify(String secret) {
        AccountToken token = tokens.find(secret, Purpose.EMAIL_VERIFICATION).orElse(null);
        if (token == null) {
            return LinkState.UNKNOWN;
        }
        LinkState state = token.state(clock.instant());
        if (state != LinkState.VALID) {
            return state;
        }
        if (!tokens.use(token)) {
            return LinkState.USED;
        }
        Account account = accounts.findById(token.accountId()).orElseThrow();
        if (account.verifyEmail()) {
            events.publishEvent(new EmailVerified(new AccountId(account.id()), account.email()));
        }
        return LinkState.VALID;
    }

    /** Whether the signed-in user's address is verified; for the account page. */
    @RolesAllowed({Roles.STARTUP, Roles.PROVIDER, Roles.PROGRAM_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public boolean isMyEmailVerified() {
        return accounts.findById(currentUser.require().id().value())
                .map(Account::emailVerified)
                .orElse(false);
    }
}
