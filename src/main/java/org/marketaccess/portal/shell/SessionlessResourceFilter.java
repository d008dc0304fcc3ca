package org.marketaccess.portal.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On a browser's first visit, the service worker of the installable app ({@code @PWA}) fetches the
 * app's icons, manifest and offline page in the background. Vaadin answers them like a page: a
 * request without a live session gets a new one, and its cookie. A fetch that still carried the
 * login page's session id while the login changed that id (Spring Security's session-fixation
 * protection) so got a new anonymous session, whose cookie replaced the signed-in one: the browser
 * landed logged out on the front page (decision 035). These resources need no session, so a
 * request for one without a live session is served with a throwaway session that Tomcat never
 * stores and never names in a cookie.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SessionlessResourceFilter extends OncePerRequestFilter {

    /** What Vaadin's PWA support serves and its service worker precaches (icons under {@code icons/}). */
    static final Set<String> RESOURCES =
            Set.of("/manifest.webmanifest", "/offline-stub.html", "/offline.html", "/sw-runtime-resources-precache.js");

    static boolean sessionless(String path) {
        return RESOURCES.contains(path) || (path.startsWith("/icons/") && path.endsWith(".png"));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !(method.equals("GET") || method.equals("HEAD"))
                || !sessionless(request.getRequestURI()
                        .substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getSession(false) != null) {
            chain.doFilter(request, response);
            return;
        }
        WithoutSession withoutSession = new WithoutSession(request);
        try {
            chain.doFilter(withoutSession, response);
        } finally {
            withoutSession.discard();
        }
    }

    /** A request whose session, if anything asks for one, lives only as long as the request. */
    private static final class WithoutSession extends HttpServletRequestWrapper {

        private ThrowawaySession session;

        WithoutSession(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession(boolean create) {
            if (session == null && create) {
                session = new ThrowawaySession(getServletContext());
            }
            return session;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        /** Lets what was stored in it (Vaadin's session) end as at a session's expiry. */
        void discard() {
            if (session != null) {
                session.invalidate();
            }
        }
    }

    private static final class ThrowawaySession implements HttpSession {

        private final ServletContext context;
        private final long created = System.currentTimeMillis();
        private final Map<String, Object> attributes = new ConcurrentHashMap<>();
        private int maxInactiveInterval = 60;

        ThrowawaySession(ServletContext context) {
            this.context = context;
        }

        @Override
        public long getCreationTime() {
            return created;
        }

        @Override
        public String getId() {
            return "sessionless-" + Integer.toHexString(System.identityHashCode(this));
        }

        @Override
        public long getLastAccessedTime() {
            return created;
        }

        @Override
        public ServletContext getServletContext() {
            return context;
        }

        @Override
        public void setMaxInactiveInterval(int interval) {
            maxInactiveInterval = interval;
        }

        @Override
        public int getMaxInactiveInterval() {
            return maxInactiveInterval;
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.get(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            return Collections.enumeration(List.copyOf(attributes.keySet()));
        }

        @Override
        public void setAttribute(String name, Object value) {
            if (value == null) {
                removeAttribute(name);
                return;
            }
            Object old = attributes.put(name, value);
            if (old != value && old instanceof HttpSessionBindingListener listener) {
                listener.valueUnbound(new HttpSessionBindingEvent(this, name, old));
            }
            if (old != value && value instanceof HttpSessionBindingListener listener) {
                listener.valueBound(new HttpSessionBindingEvent(this, name, value));
            }
        }

        @Override
        public void removeAttribute(String name) {
            Object old = attributes.remove(name);
            if (old instanceof HttpSessionBindingListener listener) {
                listener.valueUnbound(new HttpSessionBindingEvent(this, name, old));
            }
        }

        @Override
        public void invalidate() {
            for (String name : List.copyOf(attributes.keySet())) {
                removeAttribute(name);
            }
        }

        @Override
        public boolean isNew() {
            return true;
        }
    }
}
