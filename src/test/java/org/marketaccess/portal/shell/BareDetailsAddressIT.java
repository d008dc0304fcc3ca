package org.marketaccess.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.testing.TestData;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 14's probe: a bare {@code needs/view} or {@code opportunities/view} (no id) answered an
 * empty 403. Over real HTTP, a signed-in user of every role gets the page (Vaadin then shows its
 * not-found view: {@link EveryRouteAccessIT}), and an anonymous visitor is sent to the login, as for
 * any address that is not public.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BareDetailsAddressIT {

    private static final String[] ADDRESSES = {
        "/needs/view", "/opportunities/view", "/needs/view/", "/opportunities/view/"
    };

    @LocalServerPort
    int port;

    @Test
    void aBareDetailsAddressIsNeverAnEmptyRefusal() throws Exception {
        for (String who : new String[] {
            TestData.DEMO_STARTUP, TestData.DEMO_PROVIDER, TestData.DEMO_PROGRAM_MANAGER, TestData.DEMO_ADMIN
        }) {
            HttpClient browser = signedIn(who);
            for (String address : ADDRESSES) {
                HttpResponse<String> page = get(browser, address);
                assertThat(page.statusCode()).as(who + " at " + address).isEqualTo(200);
                assertThat(page.body()).as(who + " at " + address).isNotEmpty();
            }
        }
        HttpClient anonymous =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        for (String address : ADDRESSES) {
            HttpResponse<String> page = get(anonymous, address);
            assertThat(page.statusCode()).as("anonymous at " + address).isEqualTo(302);
            assertThat(page.headers().firstValue("location"))
                    .as("anonymous at " + address)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
    }

    /** A client signed in through the login form, with the CSRF token the login page carries. */
    private HttpClient signedIn(String email) throws Exception {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = get(browser, "/login").body();
        String token = meta(login, "_csrf");
        String parameter = meta(login, "_csrf_parameter");
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestData.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&" + parameter + "="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> posted = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.headers().firstValue("location"))
                .as(email + " signed in")
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        return browser;
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String meta(String page, String name) {
        Matcher found =
                Pattern.compile("name=\"" + name + "\" content=\"([^\"]+)\"").matcher(page);
        assertThat(found.find())
                .as("<meta name=" + name + "> on the login page")
                .isTrue();
        return found.group(1);
    }
}
