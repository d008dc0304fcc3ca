package org.marketaccess.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.testing.LogCapture;
import org.marketaccess.portal.testing.PortalHttp;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 14's probe: each of these requests, from an anonymous session, wrote an ERROR with a long
 * stack trace (and a 200 with an "Internal error" for the UIDL ones). Now each gets a 4xx and at
 * most one short WARN line per kind, however often it is sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MalformedRequestsIT {

    @LocalServerPort
    int port;

    record Malformed(String name, Function<PortalHttp, HttpResponse<String>> send) {}

    static final List<Malformed> REQUESTS = List.of(
            new Malformed("UIDL body not UTF-8", http -> http.uidl(new byte[] {'{', (byte) 0xFF, (byte) 0xFE, '}'})),
            new Malformed(
                    "UIDL body broken JSON",
                    http -> http.uidl("{\"csrfToken\":\"" + http.vaadinCsrf() + "\",\"rpc\":[")),
            new Malformed(
                    "oversized v-uiId",
                    http -> http.post(
                            "/?v-r=uidl&v-uiId=99999999999999999999",
                            "application/json; charset=UTF-8",
                            ("{\"csrfToken\":\"" + http.vaadinCsrf() + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}")
                                    .getBytes(StandardCharsets.UTF_8))),
            new Malformed(
                    "heartbeat with a v-uiId not a number",
                    http -> http.post("/?v-r=heartbeat&v-uiId=abc", "text/plain", new byte[0])),
            new Malformed(
                    "navigation with a .. segment",
                    http -> http.uidl("{\"csrfToken\":\"" + http.vaadinCsrf()
                            + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":"
                            + "{\"route\":\"../../x\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                            + "\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}")),
            new Malformed(
                    "2 MB login form",
                    http -> http.post(
                            "/login",
                            "application/x-www-form-urlencoded",
                            ("username=a&password=" + "x".repeat(2 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8))),
            new Malformed(
                    "login form not UTF-8",
                    http -> http.post(
                            "/login",
                            "application/x-www-form-urlencoded; charset=UTF-8",
                            "username=%FF%FE&password=%C3%28".getBytes(StandardCharsets.US_ASCII))));

    @Test
    void eachIsAnsweredWithA4xxAndAtMostOneShortWarningPerKind() {
        try (LogCapture log = new LogCapture()) {
            for (Malformed request : REQUESTS) {
                for (int i = 0; i < 3; i++) {
                    PortalHttp http = new PortalHttp(port);
                    http.get("/login");
                    http.open("login", "");
                    HttpResponse<String> response = request.send().apply(http);
                    assertThat(response.statusCode())
                            .as(request.name() + ": " + response.body())
                            .isBetween(400, 499);
                }
            }
            assertThat(log.errors()).as("ERROR lines").isEmpty();
            List<String> warnings = log.atLeast(Level.WARN);
            assertThat(warnings).as("short warnings, at most one per kind").hasSizeLessThanOrEqualTo(REQUESTS.size());
            assertThat(warnings)
                    .allSatisfy(line -> assertThat(line).doesNotContain("[").hasSizeLessThan(400));
        }
    }
}
