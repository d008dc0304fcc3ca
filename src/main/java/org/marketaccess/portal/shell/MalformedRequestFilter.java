package org.marketaccess.portal.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses malformed requests before Spring Security and Vaadin read them, with a 4xx and at most a
 * rate-limited WARN line ({@link RateLimitedWarnings}). Without it, an anonymous client made Vaadin
 * or Tomcat write an ERROR with a long stack trace for each: an oversized or non-numeric
 * {@code v-uiId}, a UIDL body that is not UTF-8 or not JSON, a navigation with a {@code ..}
 * segment, a login form too large to parse (issue 14, decision 025). Anything that goes wrong
 * after these checks is a real error and is logged as one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class MalformedRequestFilter extends OncePerRequestFilter {

    /** A UI id is a small counter per session. */
    private static final Pattern UI_ID = Pattern.compile("\\d{1,9}");

    /** A UIDL message: a few kilobytes, a text area's 10,000 characters escaped fit many times. */
    static final int UIDL_MAX_BYTES = 1024 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The calls Vaadin's client makes (com.vaadin.flow.shared.JsonConstants); others fail in Vaadin. */
    private static final Set<String> RPC_TYPES = Set.of(
            "event",
            "mSync",
            "navigation",
            "publishedEventHandler",
            "attachExistingElement",
            "attachExistingElementById",
            "channel");

    /** The fields of a call that Vaadin reads as an int. */
    private static final List<String> RPC_NUMBERS =
            List.of("node", "feature", "channel", "promise", "attachReqId", "attachAssignedId", "attachIndex");

    /**
     * The portal's only form posts are login and logout, a few hundred bytes; Tomcat's own limit
     * (2 MB) stays for the rest, and what it cannot parse is answered below.
     */
    static final long FORM_MAX_BYTES = 64 * 1024;

    private final RateLimitedWarnings warnings;

    MalformedRequestFilter(Clock clock) {
        this.warnings = new RateLimitedWarnings(clock);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isForm(request) && request.getContentLengthLong() > FORM_MAX_BYTES) {
            refuse(response, "form-too-large", 413, request.getContentLengthLong() + " bytes to " + path(request));
            return;
        }
        Map<String, String> query = query(request.getQueryString());
        if (query == null) {
            refuse(response, "query", 400, "a query string that cannot be decoded");
            return;
        }
        String uiId = query.get("v-uiId");
        if (uiId != null && !UI_ID.matcher(uiId).matches()) {
            refuse(response, "ui-id", 400, "v-uiId of " + uiId.length() + " characters");
            return;
        }
        HttpServletRequest checked = request;
        if ("uidl".equals(query.get("v-r")) && "POST".equals(request.getMethod())) {
            byte[] body = request.getInputStream().readNBytes(UIDL_MAX_BYTES + 1);
            String problem = uidlProblem(body);
            if (problem != null) {
                refuse(response, "uidl", problem.equals("too large") ? 413 : 400, "UIDL message " + problem);
                return;
            }
            checked = new CachedBody(request, body);
        }
        try {
            chain.doFilter(checked, response);
        } catch (InvalidParameterException unparsable) {
            // Tomcat could not parse the form (too large, broken encoding): the client's fault
            if (response.isCommitted()) {
                throw unparsable;
            }
            int status = unparsable.getErrorCode() >= 400 && unparsable.getErrorCode() < 500
                    ? unparsable.getErrorCode()
                    : 400;
            // its message quotes what was sent: not for the log
            refuse(response, "form", status, "a form that cannot be parsed, to " + path(request));
        }
    }

    private static String uidlProblem(byte[] body) {
        if (body.length > UIDL_MAX_BYTES) {
            return "too large";
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return "not UTF-8";
        }
        JsonNode message;
        try {
            message = JSON.readTree(text);
        } catch (JacksonException notJson) {
            return "not JSON";
        }
        if (message == null || !message.isObject()) {
            return "not a JSON object";
        }
        for (String number : List.of("syncId", "clientId")) {
            if (message.has(number) && !isInt(message.get(number))) {
                return "with a " + number + " that is not a number";
            }
        }
        JsonNode calls = message.path("rpc");
        if (!calls.isMissingNode() && !calls.isArray()) {
            return "with rpc not a list";
        }
        for (JsonNode rpc : calls) {
            if (!rpc.isObject() || !RPC_TYPES.contains(rpc.path("type").asString(""))) {
                return "with an unknown kind of call";
            }
            for (String number : RPC_NUMBERS) {
                if (rpc.has(number) && !isInt(rpc.get(number))) {
                    return "with a " + number + " that is not a number";
                }
            }
            JsonNode route = rpc.path("data").path("route");
            if (route.isString() && hasDotSegment(route.asString())) {
                return "navigating to a path with a .. segment";
            }
        }
        return null;
    }

    /** What Vaadin's client sends as an int; Vaadin reads it with {@code intValue()} and fails on anything else. */
    private static boolean isInt(JsonNode value) {
        return value.isIntegralNumber() && value.canConvertToInt();
    }

    private static boolean hasDotSegment(String route) {
        for (String segment : route.split("[/\\\\]", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return true;
            }
        }
        return false;
    }

    /** The query's parameters (the last of a repeated one), or null when it is not valid UTF-8. */
    private static Map<String, String> query(String queryString) {
        Map<String, String> parameters = new HashMap<>();
        if (queryString == null || queryString.isEmpty()) {
            return parameters;
        }
        try {
            for (String pair : queryString.split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                if (name.equals("v-r") || name.equals("v-uiId")) {
                    parameters.put(name, URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        } catch (IllegalArgumentException undecodable) {
            return null;
        }
        return parameters;
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.length() > 80 ? uri.substring(0, 80) + "…" : uri;
    }

    private void refuse(HttpServletResponse response, String kind, int status, String detail) throws IOException {
        warnings.refused(kind, status, detail);
        // written here, not by sendError: the error page would parse the same broken request again
        response.resetBuffer();
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(status == 413 ? "Request too large.\n" : "Bad request.\n");
        response.flushBuffer();
    }

    /** The request with the body already read, for Vaadin to read again. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("a cached body is read blocking");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
