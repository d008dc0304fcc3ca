package org.marketaccess.portal.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's session over plain HTTP through the load balancer (or straight to a node): logs in
 * with the login form and its CSRF token, then asks for pages, keeping its cookies. The node that
 * holds a session is named by the route at the end of its id ({@code JSESSIONID=<id>.<route>},
 * decision 034); a page that needs a login is answered 200 only by that node, the other knows no such
 * session and sends the browser to the login page (302).
 */
public final class StickyLogin {

    private static final Pattern SPRING_CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String lastAnswer = "";

    public StickyLogin(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * Logs in through the login form; true when the portal accepts it (a redirect away from /login).
     * {@link #lastAnswer()} tells what the POST was answered.
     */
    public boolean login(String email, String password) {
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(base + "/login")));
        Matcher token = SPRING_CSRF.matcher(form.body());
        if (form.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("no login form at " + base + "/login: " + form.statusCode());
        }
        String body = "username=" + PortalHttp.encode(email) + "&password=" + PortalHttp.encode(password) + "&_csrf="
                + PortalHttp.encode(token.group(1));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        String location = answer.headers().firstValue("Location").orElse("");
        lastAnswer = answer.statusCode() + (location.isEmpty() ? "" : " to " + location);
        return answer.statusCode() == 302 && !location.contains("/login");
    }

    /** The status (and where it redirected) of the last login's POST. */
    public String lastAnswer() {
        return lastAnswer;
    }

    /** The status of a GET of {@code path}: 200 from the node holding the session, 302 to /login from another. */
    public int get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))).statusCode();
    }

    /** The session id as the cookie holds it, or "" before there is one. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse("");
    }

    /** The route at the end of the session id (the node that gave it), or "" when it has none. */
    public String route() {
        String id = sessionId();
        int dot = id.lastIndexOf('.');
        return dot < 0 ? "" : id.substring(dot + 1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new IllegalStateException("request to " + base + " failed: " + failed, failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
