package org.marketaccess.portal.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A raw HTTP client against the portal on its port, with its own session: what a script sends,
 * not what a browser would. Knows just enough of Vaadin's protocol to open a UI and post to it.
 */
public final class PortalHttp {

    private static final Pattern SPRING_CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern VAADIN_CSRF = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");

    private final String base;
    private final HttpClient http;
    private String vaadinCsrf = "";
    private String uiId = "0";

    public PortalHttp(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET());
    }

    public HttpResponse<String> post(String pathAndQuery, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Logs in through the login form, with its CSRF token; returns the response of the POST. */
    public HttpResponse<String> login(String username, String password) {
        Matcher token = SPRING_CSRF.matcher(get("/login").body());
        String csrf = token.find() ? token.group(1) : "";
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
        return post("/login", "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8));
    }

    /** Opens a UI at {@code location} (Vaadin's init request), remembering its id and security key. */
    public HttpResponse<String> open(String location, String query) {
        HttpResponse<String> init = get("/?v-r=init&location=" + encode(location) + "&query=" + encode(query));
        Matcher csrf = VAADIN_CSRF.matcher(init.body());
        if (csrf.find()) {
            vaadinCsrf = csrf.group(1);
        }
        Matcher ui = UI_ID.matcher(init.body());
        if (ui.find()) {
            uiId = ui.group(1);
        }
        return init;
    }

    /** The security key of the last UI opened, which a UIDL message must carry. */
    public String vaadinCsrf() {
        return vaadinCsrf;
    }

    public HttpResponse<String> uidl(byte[] body) {
        return post("/?v-r=uidl&v-uiId=" + uiId, "application/json; charset=UTF-8", body);
    }

    public HttpResponse<String> uidl(String json) {
        return uidl(json.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new IllegalStateException("request failed: " + failed, failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
