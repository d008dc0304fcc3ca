package org.marketaccess.portal.testing;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What a user on one node sees of a change made on another (decisions 033, 034): the demo provider's
 * "Matching innovations" page left open, and the demo startup publishing a matching need elsewhere.
 * The open page notes when each result card appears, so the delay from the Publish click to the card
 * is measured in the browser, on one clock, with nothing asked by the watching page.
 */
public final class CrossNodePush {

    /** Notes, per posting id, the wall-clock time at which its result card first appeared. */
    private static final String NOTE_APPEARANCES = """
            () => {
                window.seenAt = {};
                const note = () => {
                    for (const card of document.querySelectorAll('[data-posting]')) {
                        const id = card.getAttribute('data-posting');
                        if (!(id in window.seenAt)) window.seenAt[id] = Date.now();
                    }
                };
                note();
                new MutationObserver(note).observe(document.body, {childList: true, subtree: true});
            }
            """;

    private final Chromium chromium;

    public CrossNodePush(Chromium chromium) {
        this.chromium = chromium;
    }

    /** The demo provider, logged in at {@code base}, publishes a remote-monitoring opportunity and opens its matches. */
    public Watching watch(String base, String word) {
        PortalPages pages = new PortalPages(chromium, base);
        Page provider = pages.login(TestData.DEMO_PROVIDER, TestData.DEMO_PASSWORD);
        List<String> sockets = new CopyOnWriteArrayList<>();
        provider.onWebSocket(socket -> sockets.add(socket.url()));
        String opportunity = pages.publishOpportunity(provider, "Heart failure telemonitoring " + word);
        provider.navigate(pages.url("/matching-innovations/" + opportunity));
        provider.locator("[data-posting]").first().waitFor();
        provider.evaluate(NOTE_APPEARANCES);
        return new Watching(provider, opportunity, sockets);
    }

    /** The demo startup, logged in at {@code base}. */
    public Publishing publisher(String base) {
        PortalPages pages = new PortalPages(chromium, base);
        return new Publishing(pages, pages.login(TestData.DEMO_STARTUP, TestData.DEMO_PASSWORD));
    }

    /** An open matches page, the opportunity it shows the matches of, and the WebSockets it opened. */
    public record Watching(Page page, String opportunity, List<String> pushSockets) {

        /** When the card of {@code posting} appeared (epoch ms), waiting for it at most {@code millis}. */
        public long cardShownAt(String posting, double millis) {
            page.locator("[data-posting='" + posting + "']")
                    .first()
                    .waitFor(new Locator.WaitForOptions()
                            .setState(WaitForSelectorState.ATTACHED)
                            .setTimeout(millis));
            return ((Number) page.evaluate("id => window.seenAt[id]", posting)).longValue();
        }
    }

    /** The startup's page on the node it publishes through. */
    public record Publishing(PortalPages pages, Page page) {

        /** Publishes a matching need; returns its id and the moment Publish was clicked (epoch ms). */
        public Published publish(String title) {
            pages.fillNeed(page, title);
            long clicked = ((Number) page.evaluate("() => Date.now()")).longValue();
            String id = PortalPages.publish(page, "/needs/edit/");
            return new Published(id, clicked);
        }
    }

    public record Published(String id, long clickedAt) {}
}
