package org.marketaccess.portal.identity.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import org.marketaccess.portal.identity.AccountId;
import org.marketaccess.portal.identity.SignedInUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated account in the security context; holds no entity, so it survives the session. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    private final AccountId id;
    private final String email;
    private final String displayName;
    private final String role;
    private final boolean enabled;
    private final Instant authenticatedAt;
    private String passwordHash;

    /**
     * @param authenticatedAt when the password was checked; a session whose principal signed in
     *     before the account's password last changed ends (see {@code SessionCredentialsFilter})
     */
    AccountPrincipal(Account account, Instant authenticatedAt) {
        // the database keeps microseconds: compare at that precision
        this.authenticatedAt = authenticatedAt.truncatedTo(ChronoUnit.MICROS);
        this.id = new AccountId(account.id());
        this.email = account.email();
        this.displayName = account.displayName();
        this.role = account.role();
        this.enabled = account.enabled();
        this.passwordHash = account.passwordHash();
    }

    /** The principal of a session that proved its password again at {@code now}, e.g. by changing it. */
    public static AccountPrincipal renewed(Account account, Instant now) {
        AccountPrincipal principal = new AccountPrincipal(account, now);
        principal.eraseCredentials();
        return principal;
    }

    public Instant authenticatedAt() {
        return authenticatedAt;
    }

    public AccountId id() {
        return id;
    }

    public String role() {
        return role;
    }

    public SignedInUser toSignedInUser() {
        return new SignedInUser(id, email, displayName, role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + email + ", " + role + "]";
    }
}
