package org.marketaccess.portal.testing;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Runs a piece of a test as a given account, loaded the way a login loads it. */
@Component
public class ActAs {

    private final UserDetailsService users;

    ActAs(UserDetailsService users) {
        this.users = users;
    }

    public <T> T user(String email, Supplier<T> work) {
        UserDetails user = users.loadUserByUsername(email);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void user(String email, Runnable work) {
        user(email, () -> {
            work.run();
            return null;
        });
    }
}
