package org.marketaccess.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The service worker's background fetches of the app's icons, manifest and offline page may still
 * carry the login page's session id when the login has just changed it. Answered with a new
 * session's cookie, they logged the browser out again at the load benchmark (decision 035): they
 * are served without giving the browser a session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionlessResourcesIT {

    /** What the service worker precaches (Vaadin's sw-runtime-resources-precache.js lists them). */
    static final List<String> PRECACHED = List.of(
            "/icons/icon-144x144.png",
            "/icons/icon-192x192.png",
            "/icons/icon-512x512.png",
            "/icons/icon-16x16.png",
            "/icons/icon-32x32.png",
            "/offline-stub.html",
            "/manifest.webmanifest",
            "/sw-runtime-resources-precache.js");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aStaleSessionIdGetsTheResourceButNoNewSessionCookie() throws Exception {
        for (String path : PRECACHED) {
            HttpResponse<byte[]> response = get(path, "JSESSIONID=0123456789ABCDEF0123456789ABCDEF");
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).isNotEmpty();
            assertThat(response.headers().allValues("Set-Cookie"))
                    .as(path + ": a new session's cookie would replace the browser's")
                    .noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
        }
    }

    @Test
    void aLiveSessionIsKeptAndNotReplaced() throws Exception {
        HttpResponse<byte[]> page = get("/login", null);
        String session = page.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst()
                .orElseThrow();
        HttpResponse<byte[]> icon = get("/icons/icon-144x144.png", session);
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
    }

    private HttpResponse<byte[]> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
