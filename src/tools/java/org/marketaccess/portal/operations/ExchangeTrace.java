package org.marketaccess.portal.operations;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * With {@code PORTAL_LOAD_TRACE} set, a virtual user records its round's HTTP exchanges (method, URL,
 * status, the Cookie sent and the Set-Cookie and Location received, seconds since the user started,
 * the pages' static files left out) and prints them when a step fails; the nodes then also write an
 * access log with each request's session ({@link LoadNode}). This is how the lost logins of decision
 * 035 were traced to a session cookie replaced by a background fetch.
 */
final class ExchangeTrace {

    static final boolean ON = System.getenv("PORTAL_LOAD_TRACE") != null;

    private final List<String> events = Collections.synchronizedList(new ArrayList<>());
    private final long origin = System.nanoTime();

    void attach(Page page) {
        if (!ON) {
            return;
        }
        page.context().onRequest(request -> {
            if (!asset(request.url())) {
                event("> " + request.method() + " " + request.url() + " cookie="
                        + header(() -> request.allHeaders().get("cookie")));
            }
        });
        page.context().onResponse(response -> {
            if (!asset(response.url())) {
                event("< " + response.status() + " " + response.request().method() + " " + response.url()
                        + " set-cookie=" + header(() -> response.allHeaders().get("set-cookie"))
                        + " location=" + header(() -> response.allHeaders().get("location")));
            }
        });
        page.context().onRequestFailed(request -> {
            if (!asset(request.url())) {
                event("x " + request.method() + " " + request.url() + " " + request.failure());
            }
        });
        page.onWebSocket(socket -> {
            event("ws open " + socket.url());
            socket.onClose(closed -> event("ws close " + closed.url()));
        });
        page.onFrameNavigated(frame -> {
            if (frame.parentFrame() == null) {
                event("navigated " + frame.url());
            }
        });
    }

    void clear() {
        events.clear();
    }

    void print(Page page, String name) {
        if (!ON) {
            return;
        }
        try {
            event("cookies now "
                    + page.context().cookies().stream()
                            .map(cookie -> cookie.name + "=" + cookie.value)
                            .toList());
        } catch (RuntimeException gone) {
            event("cookies unknown: " + gone.getMessage().lines().findFirst().orElse(""));
        }
        synchronized (events) {
            System.out.println("TRACE " + name + "\n  " + String.join("\n  ", events));
        }
    }

    private void event(String line) {
        events.add(String.format(Locale.ROOT, "%9.3f %s", (System.nanoTime() - origin) / 1e9, line));
    }

    private static String header(Supplier<String> read) {
        try {
            return read.get();
        } catch (RuntimeException gone) {
            return "? " + gone.getMessage().lines().findFirst().orElse("");
        }
    }

    private static boolean asset(String url) {
        return url.contains("/VAADIN/build/")
                || url.contains("/VAADIN/static/")
                || url.endsWith(".css")
                || url.contains(".css?")
                || url.endsWith(".woff2");
    }
}
