package org.marketaccess.portal.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.marketaccess.portal.identity.AccountId;
import org.marketaccess.portal.identity.IdentityEvents.AccountLocked;
import org.marketaccess.portal.identity.IdentityEvents.LoginFailed;
import org.marketaccess.portal.identity.IdentityEvents.LoginSucceeded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins, locks an account after {@link Account#MAX_FAILED_ATTEMPTS} in a row, and
 * publishes what happened so that the audit trail records every login success and failure in the
 * same transaction as the counter.
 */
@Component
public class LoginAttemptRecorder {

    private final AccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LoginAttemptRecorder(AccountRepository accounts, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        // Only form logins with a password count; remember-me or system tokens are not logins.
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)
                || !(event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal)) {
            return;
        }
        accounts.findByEmail(principal.getUsername()).ifPresent(account -> {
            account.recordSuccessfulLogin();
            events.publishEvent(new LoginSucceeded(new AccountId(account.id()), account.email()));
        });
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String email =
                String.valueOf(event.getAuthentication().getName()).strip().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        Optional<Account> found = accounts.findByEmail(email);
        AccountId accountId = found.map(account -> new AccountId(account.id())).orElse(null);
        String reason = reason(event, found.isPresent());
        events.publishEvent(new LoginFailed(accountId, email, reason));
        if (event instanceof AuthenticationFailureBadCredentialsEvent && found.isPresent()) {
            Account account = found.get();
            if (account.recordFailedLogin(now)) {
                events.publishEvent(new AccountLocked(accountId, email, account.lockedUntil()));
            }
        }
    }

    private static String reason(AbstractAuthenticationFailureEvent event, boolean known) {
        if (event instanceof AuthenticationFailureLockedEvent) {
            return "account-locked";
        }
        if (event instanceof AuthenticationFailureDisabledEvent) {
            return "account-disabled";
        }
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            return known ? "wrong-password" : "unknown-account";
        }
        return event.getException().getClass().getSimpleName();
    }
}
