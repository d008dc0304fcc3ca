package org.marketaccess.portal.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.marketaccess.portal.identity.IdentityEvents.PasswordChanged;
import org.marketaccess.portal.identity.IdentityEvents.PasswordReset;
import org.marketaccess.portal.identity.IdentityEvents.PasswordResetRequested;
import org.marketaccess.portal.identity.internal.Account;
import org.marketaccess.portal.identity.internal.AccountMails;
import org.marketaccess.portal.identity.internal.AccountPrincipal;
import org.marketaccess.portal.identity.internal.AccountRepository;
import org.marketaccess.portal.identity.internal.AccountToken;
import org.marketaccess.portal.identity.internal.AccountToken.Purpose;
import org.marketaccess.portal.identity.internal.AccountTokens;
import org.marketaccess.portal.shared.EmailAddresses;
import org.marketaccess.portal.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting a new password: through a single-use link sent by e-mail (asked for by the owner or sent
 * by an administrator, who never sees a password), or by the signed-in owner. A new password ends
 * the account's other sessions (docs/decisions/021).
 */
@Service
@PermitAll
@Transactional
public class PasswordService {

    /** How long a reset link works. */
    public static final Duration RESET_VALIDITY = Duration.ofMinutes(30);

    /** At most this many reset mails per account in {@link #RESET_VALIDITY}: nobody floods a mailbox. */
    static final int MAX_RESET_MAILS = 3;

    /** Longer input is not an address anyone registered (accounts hold at most 254 characters). */
    private final AccountRepository accounts;

    private final AccountTokens tokens;
    private final AccountMails mails;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    PasswordService(
            AccountRepository accounts,
            AccountTokens tokens,
            AccountMails mails,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            CurrentUser currentUser,
            Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mails = mails;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Mails a reset link if an enabled account has this address. The caller learns nothing either
     * way: no result, no exception, and the mail leaves after commit on another thread.
     */
    public void requestReset(String email) {
        String normalized = AccountService.normalize(email);
        if (!EmailAddresses.mailable(normalized)) {
            return;
        }
        accounts.findByEmail(normalized).filter(Account::enabled).ifPresent(account -> {
            if (mails.sentWithin(account, Purpose.PASSWORD_RESET, RESET_VALIDITY) < MAX_RESET_MAILS) {
                sendResetLink(account, false);
            }
        });
    }

    /** An administrator sends the owner a reset link; the administrator never sees it. */
    @RolesAllowed(Roles.ADMIN)
    public void sendResetLink(AccountId id) {
        Account account =
                accounts.findById(id.value()).orElseThrow(() -> new InvalidInputException("id", "account.unknown"));
        if (!account.enabled()) {
            throw new InvalidInputException("id", "password-reset.account-disabled");
        }
        sendResetLink(account, true);
    }

    @Transactional(readOnly = true)
    public LinkState resetLinkState(String secret) {
        return tokens.find(secret, Purpose.PASSWORD_RESET)
                .map(token -> token.state(clock.instant()))
                .orElse(LinkState.UNKNOWN);
    }

    /**
     * Sets the new password through a reset link: the link is used up, the account's other reset
     * links end, a lock ends, and every session of the account ends.
     */
    public void reset(String secret, String newPassword) {
        AccountToken token = tokens.find(secret, Purpose.PASSWORD_RESET)
                .orElseThrow(() -> new InvalidInputException("token", LinkState.UNKNOWN.messageKey()));
        LinkState state = token.state(clock.instant());
        if (state != LinkState.VALID) {
            throw new InvalidInputException("token", state.messageKey());
        }
        refuseWeak("password", newPassword);
        if (!accounts.findById(token.accountId()).map(Account::enabled).orElse(false)) {
            throw new InvalidInputException("token", LinkState.UNKNOWN.messageKey());
        }
        if (!tokens.use(token)) {
            throw new InvalidInputException("token", LinkState.USED.messageKey());
        }
        // loaded after the update, which cleared the persistence context
        Account account = accounts.findById(token.accountId()).orElseThrow();
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        events.publishEvent(new PasswordReset(new AccountId(account.id()), account.email()));
    }

    /**
     * The signed-in owner changes their password. This session stays signed in; the account's other
     * sessions end.
     */
    @RolesAllowed({Roles.STARTUP, Roles.PROVIDER, Roles.PROGRAM_MANAGER, Roles.ADMIN})
    public void changePassword(String currentPassword, String newPassword) {
        SignedInUser me = currentUser.require();
        Account account = accounts.findById(me.id().value()).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new InvalidInputException("currentPassword", "password.current.wrong");
        }
        refuseWeak("newPassword", newPassword);
        Instant now = clock.instant();
        account.changePassword(passwordEncoder.encode(newPassword), now);
        events.publishEvent(new PasswordChanged(me.id(), account.email()));
        keepThisSession(account, now);
    }

    private void sendResetLink(Account account, boolean byAdministrator) {
        events.publishEvent(new PasswordResetRequested(new AccountId(account.id()), account.email(), byAdministrator));
        mails.resetLink(account, RESET_VALIDITY);
    }

    private static void refuseWeak(String field, String password) {
        Optional<String> problem = PasswordPolicy.problem(password);
        if (problem.isPresent()) {
            throw new InvalidInputException(field, problem.get());
        }
    }

    /** The session that changed the password signed in anew, now: it is not one of the "other" sessions. */
    private static void keepThisSession(Account account, Instant now) {
        var context = SecurityContextHolder.getContext();
        if (context.getAuthentication() != null
                && context.getAuthentication().getPrincipal() instanceof AccountPrincipal) {
            AccountPrincipal renewed = AccountPrincipal.renewed(account, now);
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(renewed, null, renewed.getAuthorities()));
        }
    }
}
