package org.marketaccess.portal.identity.internal;

import java.time.Clock;
import java.util.Locale;
import org.marketaccess.portal.shared.EmailAddresses;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;

    AccountUserDetailsService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String email = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!EmailAddresses.mailable(email)) {
            // no account has such an address; a NUL would fail the query on PostgreSQL
            throw new UsernameNotFoundException("No such account");
        }
        return accounts.findByEmail(email)
                .map(account -> new AccountPrincipal(account, clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
