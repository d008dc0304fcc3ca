package org.marketaccess.portal.identity;

import java.util.Optional;
import org.marketaccess.portal.identity.internal.AccountPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request, if any. */
@Component
public class CurrentUser {

    /** Who acted when nobody was signed in. */
    public static final String ANONYMOUS = "anonymous";

    public Optional<SignedInUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.toSignedInUser());
        }
        return Optional.empty();
    }

    public SignedInUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    /** A short name of who is acting, for audit trails: the e-mail, "system" or "anonymous". */
    public String actorName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return principal.getUsername();
        }
        return authentication.getName();
    }
}
