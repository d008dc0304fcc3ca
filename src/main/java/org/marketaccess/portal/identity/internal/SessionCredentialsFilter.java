package org.marketaccess.portal.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that signed in before its account's password last changed (a reset, or a change
 * in another session). The moment of the change is in the database, so this works whichever node
 * served the change (docs/decisions/021). The request then goes on unauthenticated: a page asks for
 * the login, and Vaadin tells an open page that its session has ended.
 */
class SessionCredentialsFilter extends OncePerRequestFilter {

    private final AccountRepository accounts;

    SessionCredentialsFilter(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // looked up per request: Vaadin installs its own strategy after this filter is made
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        Authentication authentication = strategy.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof AccountPrincipal principal
                && outdated(principal)) {
            strategy.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private boolean outdated(AccountPrincipal principal) {
        Instant changed = accounts.findCredentialsChangedAt(principal.id().value());
        return changed != null && changed.isAfter(principal.authenticatedAt());
    }
}
