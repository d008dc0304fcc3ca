package org.marketaccess.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.testing.StickyLogin;
import org.marketaccess.portal.testing.TestData;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A node with a route (decision 034): its session ids end in it, also after the login changes the
 * id; a session id with another node's route is unknown here and leads to this node's login page and
 * a session of its own; forwarded headers from a proxy on a private address are believed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.node.route=n1")
@ActiveProfiles("test")
class NodeRouteIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().build();

    @Test
    void sessionIdsEndInTheNodesRouteBeforeAndAfterTheLogin() {
        StickyLogin startup = new StickyLogin(base());
        startup.get("/login");
        String before = startup.sessionId();
        assertThat(startup.login(TestData.DEMO_STARTUP, TestData.DEMO_PASSWORD))
                .as(startup.lastAnswer())
                .isTrue();
        assertThat(before).endsWith(".n1");
        assertThat(startup.sessionId())
                .as("a new id at login, same route")
                .endsWith(".n1")
                .isNotEqualTo(before);
        assertThat(startup.get("/notifications")).isEqualTo(200);
    }

    @Test
    void aSessionOfAnotherNodeLeadsToThisNodesLoginPage() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base() + "/notifications"))
                .header("Cookie", "JSESSIONID=0123456789ABCDEF0123456789ABCDEF.n2"));
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        assertThat(answer.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).matches("JSESSIONID=[0-9A-F]+\\.n1;.*"));
    }

    @Test
    void theSchemeAndPortComeFromTheProxysHeaders() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base() + "/notifications"))
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Port", "8443")
                .header("X-Forwarded-For", "203.0.113.7"));
        assertThat(answer.headers().firstValue("Location")).hasValue("https://localhost:8443/login");
        assertThat(answer.headers().firstValue("Strict-Transport-Security"))
                .as("sent over HTTPS only, which the proxy's header says this is")
                .isPresent();
    }

    @Test
    void aRouteNginxCouldNotMatchIsRefusedAtStart() {
        assertThatThrownBy(() -> new NodeRoute("Node A")).hasMessageContaining("PORTAL_NODE_ROUTE");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
