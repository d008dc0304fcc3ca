package org.marketaccess.portal.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.marketaccess.portal.identity.internal.LoginThrottle.Attempt;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the login form's POST: an attempt that must still wait is refused before its password
 * is checked, with the same answer whether or not the e-mail is registered; the outcome of the others
 * is counted, and a successful one gets a device cookie. The outcome is read when the login answers
 * with its redirect, which is the last moment a cookie can still be added.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    static final String THROTTLED = "/login?throttled";

    private final LoginThrottle throttle;
    private final DeviceCookies deviceCookies;

    LoginThrottleFilter(LoginThrottle throttle, DeviceCookies deviceCookies) {
        this.throttle = throttle;
        this.deviceCookies = deviceCookies;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String email = request.getParameter("username");
        Attempt attempt =
                new Attempt(email, request.getRemoteAddr(), deviceCookies.validFor(request, String.valueOf(email)));
        if (throttle.waitFor(attempt).isPresent()) {
            if (email != null && email.length() <= LoginSession.MAX_EMAIL) {
                request.getSession().setAttribute(LoginSession.LAST_EMAIL, email.strip());
            }
            response.sendRedirect(request.getContextPath() + THROTTLED);
            return;
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                if (signedIn()) {
                    throttle.succeeded(attempt);
                    deviceCookies.issue(request, response, attempt.email());
                } else {
                    throttle.failed(attempt);
                }
                super.sendRedirect(location);
            }
        });
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof UsernamePasswordAuthenticationToken && authentication.isAuthenticated();
    }
}
