package org.marketaccess.portal.identity;

import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work started by the system itself (seeding, bootstrap, scheduled jobs, command-line tools)
 * with the rights of the program office, so that service access rules stay on for every caller.
 */
public final class SystemAuthentication {

    public static final String SYSTEM = "system";

    private SystemAuthentication() {}

    public static <T> T runAsSystem(Supplier<T> work) {
        // Vaadin's security context strategy prefers the signed-in user's context from the current
        // VaadinSession over the thread's, so system work started from a view steps out of it
        VaadinSession session = VaadinSession.getCurrent();
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(
                SYSTEM,
                null,
                List.of(
                        new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN),
                        new SimpleGrantedAuthority("ROLE_" + Roles.PROGRAM_MANAGER))));
        if (session != null) {
            VaadinSession.setCurrent(null);
        }
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
            if (session != null) {
                VaadinSession.setCurrent(session);
            }
        }
    }

    public static void runAsSystem(Runnable work) {
        runAsSystem(() -> {
            work.run();
            return null;
        });
    }
}
