package org.marketaccess.portal.shell;

import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * This node's route name ({@code portal.node.route}, {@code PORTAL_NODE_ROUTE}) in every session id
 * Tomcat gives, {@code JSESSIONID=<id>.<route>}: the load balancer reads it from the cookie and sends
 * the session's requests to the node that holds the session (decision 034). Blank, as on a single
 * node, leaves the ids as they were. A session id whose node is gone is simply unknown on the node
 * that receives it: that node answers with its login page and a session id of its own route.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(TomcatServletWebServerFactory.class)
class NodeRoute {

    private static final Logger log = LoggerFactory.getLogger(NodeRoute.class);

    /** What the nginx configuration (deploy/nginx) matches at the end of the cookie. */
    static final Pattern ROUTE = Pattern.compile("[a-z0-9]{0,16}");

    private final String route;

    NodeRoute(@Value("${portal.node.route:}") String route) {
        if (!ROUTE.matcher(route).matches()) {
            throw new IllegalArgumentException("portal.node.route (PORTAL_NODE_ROUTE) must be up to 16 lower-case"
                    + " letters or digits, e.g. a or node2; was '" + route + "'");
        }
        this.route = route;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> nodeRouteInSessionIds() {
        // Tomcat reads the route from its engine, which Spring Boot offers no customizer for; the
        // context is in its host and engine by the time it starts, and its session manager starts after.
        return factory -> factory.addContextLifecycleListeners(event -> {
            if (!route.isEmpty()
                    && Lifecycle.BEFORE_START_EVENT.equals(event.getType())
                    && event.getLifecycle() instanceof Context context
                    && context.getParent() != null
                    && context.getParent().getParent() instanceof Engine engine) {
                engine.setJvmRoute(route);
            }
        });
    }

    /**
     * The web server answers before the start-up work (demo data, first administrator) is done; this
     * line says the node is ready for users, which scripts/run-cluster and the cluster tests wait for.
     */
    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        if (route.isEmpty()) {
            log.info("Portal ready");
        } else {
            log.info("Portal ready as node {} (session ids end in .{})", route, route);
        }
    }
}
