package org.marketaccess.portal.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.marketaccess.portal.identity.AccountService;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed login back to the login view. Unknown user and wrong password get the same answer;
 * a locked account is told when to retry, which is safe to say because only the right e-mail can
 * reach a lock.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    private final AccountService accountService;

    LoginFailureHandler(AccountService accountService) {
        this.accountService = accountService;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String tried = request.getParameter("username");
        if (tried != null && tried.length() <= LoginSession.MAX_EMAIL) {
            request.getSession().setAttribute(LoginSession.LAST_EMAIL, tried.strip());
        }
        String target = "/login?error";
        if (exception instanceof LockedException) {
            Optional<Instant> until = accountService.lockedUntil(request.getParameter("username"));
            target = until.map(instant -> "/login?locked=" + instant.getEpochSecond())
                    .orElse(target);
        } else if (exception instanceof DisabledException) {
            target = "/login?disabled";
        }
        response.sendRedirect(request.getContextPath() + target);
    }
}
