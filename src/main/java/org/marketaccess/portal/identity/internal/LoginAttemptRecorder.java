package org.marketaccess.portal.identity.internal;

import java.util.Locale;
import java.util.Optional;
import org.marketaccess.portal.identity.AccountId;
import org.marketaccess.portal.identity.IdentityEvents.LoginFailed;
import org.marketaccess.portal.identity.IdentityEvents.LoginSucceeded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes every login success and failure for the audit trail. No account is locked: too many
 * failures are slowed down per e-mail and client address by {@link LoginThrottle}.
 */
@Component
public class LoginAttemptRecorder {

    private final AccountRepository accounts;
    private final ApplicationEventPublisher events;

    LoginAttemptRecorder(AccountRepository accounts, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.events = events;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        // Only form logins with a password count; remember-me or system tokens are not logins.
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)
                || !(event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal)) {
            return;
        }
        accounts.findByEmail(principal.getUsername())
                .ifPresent(account ->
                        events.publishEvent(new LoginSucceeded(new AccountId(account.id()), account.email())));
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String email =
                String.valueOf(event.getAuthentication().getName()).strip().toLowerCase(Locale.ROOT);
        Optional<Account> found = accounts.findByEmail(email);
        AccountId accountId = found.map(account -> new AccountId(account.id())).orElse(null);
        String reason = reason(event, found.isPresent());
        events.publishEvent(new LoginFailed(accountId, email, reason));
    }

    private static String reason(AbstractAuthenticationFailureEvent event, boolean known) {
        if (event instanceof AuthenticationFailureDisabledEvent) {
            return "account-disabled";
        }
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            return known ? "wrong-password" : "unknown-account";
        }
        return event.getException().getClass().getSimpleName();
    }
}
