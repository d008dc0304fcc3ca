package org.marketaccess.portal.hostile;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.marketaccess.portal.testing.PortalHttp;
import org.marketaccess.portal.testing.TestData;

/**
 * The raw endpoints a script reaches without a browser: every route's query parameters (and path
 * parameters), Vaadin's UIDL, heartbeat and push endpoints with broken payloads, the login form and
 * static resources. Each request is one value; every answer is recorded for the test to judge.
 */
final class HostileRequests {

    /** Every route; {} is a path parameter. A new route is one more entry. */
    static final List<String> ROUTES = List.of(
            "",
            "login",
            "register",
            "directory",
            "profile",
            "needs",
            "needs/edit",
            "needs/view",
            "opportunities",
            "opportunities/edit",
            "opportunities/view",
            "postings",
            "innovation-needs",
            "pilot-opportunities",
            "matching-opportunities",
            "matching-innovations",
            "matches/{}/{}",
            "introductions",
            "introductions/request",
            "introductions/queue",
            "introductions/{}",
            "notifications",
            "insight",
            "organizations",
            "admin/accounts",
            "admin/search-index",
            "audit",
            "import");

    /** The query parameters the views read, and a few they do not. */
    static final List<String> PARAMETERS =
            List.of("id", "need", "opportunity", "q", "status", "from", "to", "region", "locked", "error", "page");

    private final int port;
    private final Random random;
    private final HostileValues values;
    private final Consumer<String> answered;
    private int sent;

    /**
     * @param answered told "what was sent -> status" of each answer
     */
    HostileRequests(int port, long seed, Consumer<String> answered) {
        this.port = port;
        this.random = new Random(seed);
        this.values = new HostileValues(seed);
        this.answered = answered;
    }

    int sent() {
        return sent;
    }

    void routes(String who, String password, int perRoute) {
        PortalHttp http = session(who, password);
        List<String> hostile = values.take(perRoute * ROUTES.size());
        int next = 0;
        for (String route : ROUTES) {
            for (int i = 0; i < perRoute; i++) {
                String value = hostile.get(next++);
                String location = route.replace("{}", PortalHttp.encode(value));
                StringBuilder query = new StringBuilder();
                for (String parameter : PARAMETERS) {
                    query.append(query.isEmpty() ? "" : "&")
                            .append(parameter)
                            .append('=')
                            .append(PortalHttp.encode(value));
                }
                record("route " + route + " as " + who, http.open(location, query.toString()));
            }
        }
    }

    void locations(int count) {
        PortalHttp http = session(null, null);
        for (String value : values.take(count)) {
            record("location", http.open(value, ""));
        }
    }

    void login(int count) {
        List<String> hostile = values.take(count);
        PortalHttp http = new PortalHttp(port);
        for (int i = 0; i < count; i++) {
            String value = hostile.get(i);
            record(
                    "login",
                    i % 2 == 0
                            ? http.login(value, "a long enough passphrase")
                            : http.login(TestData.unique("x") + "@example.org", value));
        }
    }

    void uidl(int count) {
        PortalHttp http = session(null, null);
        List<String> hostile = values.take(count);
        for (int i = 0; i < count; i++) {
            if (i % 20 == 0) {
                http.open("login", "");
            }
            record("uidl", http.uidl(uidlBody(http.vaadinCsrf(), hostile.get(i))));
        }
    }

    void heartbeatAndPush(int count) {
        PortalHttp http = session(null, null);
        for (String value : values.take(count)) {
            String id = PortalHttp.encode(value);
            record("heartbeat", http.post("/?v-r=heartbeat&v-uiId=" + id, "text/plain", new byte[0]));
            record(
                    "push",
                    http.post(
                            "/?v-r=push&v-uiId=0&v-pushId=" + id + "&X-Atmosphere-Transport=long-polling"
                                    + "&X-Atmosphere-tracking-id=" + id,
                            "application/json; charset=UTF-8",
                            value.getBytes(StandardCharsets.UTF_8)));
        }
    }

    void staticResources(int count) {
        PortalHttp http = new PortalHttp(port);
        for (String value : values.take(count)) {
            for (String prefix : List.of("/VAADIN/", "/styles/", "/images/")) {
                record("static", http.get(prefix + PortalHttp.encode(value).replace("%2F", "/")));
            }
        }
    }

    private PortalHttp session(String who, String password) {
        PortalHttp http = new PortalHttp(port);
        if (who != null) {
            http.login(who, password);
        }
        http.open("", "");
        return http;
    }

    /** A UIDL message broken one way or another, around a hostile value. */
    private byte[] uidlBody(String csrf, String value) {
        String json = quote(value);
        String envelope = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[%s],\"syncId\":%s,\"clientId\":%s}";
        String number = List.of("0", "-1", "2147483648", "9223372036854775807", "1e309", "\"0\"", "null")
                .get(random.nextInt(7));
        return switch (random.nextInt(8)) {
            case 0 -> randomBytes();
            case 1 ->
                envelope.formatted("", "0", "0")
                        .substring(0, random.nextInt(40))
                        .getBytes(StandardCharsets.UTF_8);
            case 2 ->
                ("{\"csrfToken\":" + json + ",\"rpc\":[],\"syncId\":0,\"clientId\":0}")
                        .getBytes(StandardCharsets.UTF_8);
            case 3 ->
                envelope.formatted(
                                "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":" + json
                                        + ",\"query\":" + json
                                        + ",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}",
                                "0",
                                "0")
                        .getBytes(StandardCharsets.UTF_8);
            case 4 ->
                envelope.formatted(
                                "{\"type\":" + json + ",\"node\":" + number + ",\"event\":" + json + ",\"data\":" + json
                                        + "}",
                                number,
                                number)
                        .getBytes(StandardCharsets.UTF_8);
            case 5 ->
                envelope.formatted(
                                "{\"type\":\"mSync\",\"node\":" + (random.nextInt(50)) + ",\"feature\":1,\"property\":"
                                        + json + ",\"value\":" + json + "}",
                                "0",
                                "0")
                        .getBytes(StandardCharsets.UTF_8);
            case 6 ->
                envelope.formatted(
                                "{\"type\":\"publishedEventHandler\",\"node\":" + random.nextInt(50)
                                        + ",\"templateEventMethodName\":" + json + ",\"templateEventMethodArgs\":["
                                        + json + "]}",
                                "0",
                                "0")
                        .getBytes(StandardCharsets.UTF_8);
            default -> envelope.formatted("", number, number).getBytes(StandardCharsets.UTF_8);
        };
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[random.nextInt(300)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A JSON string literal of the value, as a browser's JSON.stringify would write it. */
    private static String quote(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private void record(String what, HttpResponse<String> response) {
        sent++;
        answered.accept(what + " -> " + response.statusCode());
    }

    static List<String> serverErrors(List<String> answers) {
        List<String> errors = new ArrayList<>();
        for (String answer : answers) {
            if (answer.matches(".* -> 5\\d\\d")) {
                errors.add(answer);
            }
        }
        return errors;
    }
}
