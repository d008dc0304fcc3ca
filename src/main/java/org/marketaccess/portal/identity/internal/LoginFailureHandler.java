package org.marketaccess.portal.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed login back to the login view. Unknown user and wrong password get the same answer;
 * no account is ever locked (too many failures are slowed down by {@link LoginThrottle} instead).
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String tried = request.getParameter("username");
        if (tried != null && tried.length() <= LoginSession.MAX_EMAIL) {
            request.getSession().setAttribute(LoginSession.LAST_EMAIL, tried.strip());
        }
        String target = exception instanceof DisabledException ? "/login?disabled" : "/login?error";
        response.sendRedirect(request.getContextPath() + target);
    }
}
