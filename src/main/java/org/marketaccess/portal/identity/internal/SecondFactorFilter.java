package org.marketaccess.portal.identity.internal;

import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.marketaccess.portal.identity.AccountId;
import org.marketaccess.portal.identity.TwoFactorService;
import org.marketaccess.portal.identity.TwoFactorService.Requirement;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The request side of two-factor login. When a password login succeeds for an account that has or
 * needs a second factor, the session is marked as owing it; while it does, every page request is sent
 * to the two-factor step. Vaadin's own requests pass: its navigation is held by the views' gate.
 */
class SecondFactorFilter extends OncePerRequestFilter {

    static final String STEP = "/two-factor";

    private static final List<String> OPEN = List.of(STEP, "/logout", "/login", "/VAADIN/", "/styles/", "/images/");

    private final TwoFactorService twoFactor;
    private final RequestUtil requestUtil;

    SecondFactorFilter(TwoFactorService twoFactor, RequestUtil requestUtil) {
        this.twoFactor = twoFactor;
        this.requestUtil = requestUtil;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("POST".equals(request.getMethod()) && "/login".equals(path)) {
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public void sendRedirect(String location) throws IOException {
                    markIfOwing(request);
                    super.sendRedirect(location);
                }
            });
            return;
        }
        HttpSession session = request.getSession(false);
        AccountPrincipal principal = signedIn();
        if (session != null
                && principal != null
                && SecondFactorSession.pending(session.getAttribute(SecondFactorSession.PENDING), principal.id())
                && !requestUtil.isFrameworkInternalRequest(request)
                && OPEN.stream().noneMatch(path::startsWith)) {
            response.sendRedirect(request.getContextPath() + STEP);
            return;
        }
        chain.doFilter(request, response);
    }

    private void markIfOwing(HttpServletRequest request) {
        AccountPrincipal principal = signedIn();
        if (principal == null) {
            return;
        }
        AccountId account = principal.id();
        Requirement requirement = twoFactor.requirementFor(principal.role());
        if (requirement == Requirement.REQUIRED
                || (requirement == Requirement.OPTIONAL && twoFactor.enrolled(account))) {
            SecondFactorSession.owe(request.getSession(), account);
        }
    }

    private static AccountPrincipal signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof UsernamePasswordAuthenticationToken
                        && authentication.getPrincipal() instanceof AccountPrincipal principal
                ? principal
                : null;
    }
}
