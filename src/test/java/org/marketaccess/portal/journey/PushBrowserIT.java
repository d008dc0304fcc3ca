package org.marketaccess.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.identity.SystemAuthentication;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.notification.Notice;
import org.marketaccess.portal.notification.NotificationService;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.BrowserTest;
import org.marketaccess.portal.testing.Chromium;
import org.marketaccess.portal.testing.PortalPages;
import org.marketaccess.portal.testing.Postings;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Pages are told, they do not ask: a results page left open shows a posting published elsewhere
 * within a second, carried by the push connection, with no request from the browser in between; an
 * idle tab sends nothing; the bell counts a notification as it arrives.
 */
@BrowserTest
class PushBrowserIT {

    static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    ActAs actAs;

    @Autowired
    NeedService needs;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    NotificationService notifications;

    @BeforeAll
    static void startChromium() {
        chromium = new Chromium();
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anOpenResultsPageReceivesANewPostingWithinOneSecondWithoutAsking() {
        String word = word();
        OpportunityId opportunity = publishedOpportunity(word);
        Page provider = login(TestData.DEMO_PROVIDER);
        Traffic traffic = new Traffic(provider);
        provider.navigate(base() + "/matching-innovations/" + opportunity);
        assertThat(provider.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Matching innovations")))
                .isVisible();
        assertThat(traffic.pushSockets).as("push runs over a WebSocket").isNotEmpty();

        // idle: three seconds with the page open, nothing sent
        traffic.reset();
        provider.waitForTimeout(3_000); // not Thread.sleep: Playwright hands over its events while it waits
        assertThat(traffic.requests).as("requests from an idle tab").isEmpty();
        assertThat(traffic.framesSent.get())
                .as("WebSocket frames sent by an idle tab")
                .isZero();

        // the page notes the moment the card appears (Playwright's own waiting polls with back-off)
        NeedId need = actAs.user(
                TestData.DEMO_STARTUP,
                () -> needs.create(Postings.need("COPD home monitoring with nurse triage " + word)));
        provider.evaluate(APPEARS, "[data-posting='" + need + "']");
        long published = System.currentTimeMillis();
        actAs.user(
                TestData.DEMO_STARTUP,
                () -> needs.publish(need, needs.find(need).orElseThrow().version()));
        Locator card = provider.locator("[data-posting='" + need + "']");
        card.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        long shownMillis = ((Number) provider.evaluate("() => window.appearedAt")).longValue() - published;
        System.out.printf("The open page showed the new need %d ms after it was published%n", shownMillis);
        assertThat(shownMillis).as("milliseconds from publishing to shown").isLessThan(1_000);
        assertThat(traffic.requests)
                .as("requests between publishing and showing")
                .isEmpty();
        assertThat(traffic.framesReceived.get()).as("pushed frames").isPositive();
    }

    @Test
    void theBellCountsANotificationAsItArrives() {
        Page startup = login(TestData.DEMO_STARTUP);
        Traffic traffic = new Traffic(startup);
        startup.navigate(base() + "/directory");
        Locator count = startup.locator(".notification-count");
        Locator bell = startup.locator(".notification-bell");
        assertThat(bell).isVisible();
        String before = bell.getAttribute("aria-label");
        traffic.reset();

        SystemAuthentication.runAsSystem(() -> notifications.deliver(new Notice(
                TestData.unique("push"), List.of(TestData.DEMO_STARTUP), TestData.unique("Pushed"), "Body", null)));
        long delivered = System.nanoTime();
        assertThat(bell).not().hasAttribute("aria-label", before);
        long shownMillis = (System.nanoTime() - delivered) / 1_000_000;
        System.out.printf("The bell counted the new notification %d ms after it arrived%n", shownMillis);
        assertThat(shownMillis).isLessThan(1_000);
        assertThat(count).isVisible();
        assertThat(traffic.requests).as("requests between arrival and count").isEmpty();

        // someone else's notification does not move this bell
        String after = bell.getAttribute("aria-label");
        SystemAuthentication.runAsSystem(() -> notifications.deliver(new Notice(
                TestData.unique("push"), List.of(TestData.DEMO_PROVIDER), TestData.unique("Not yours"), "Body", null)));
        startup.waitForTimeout(1_000);
        assertThat(bell).hasAttribute("aria-label", after);
    }

    /** Notes in the page the wall-clock time at which an element matching the selector appears. */
    private static final String APPEARS = """
            selector => new MutationObserver((changes, observer) => {
                if (document.querySelector(selector)) {
                    window.appearedAt = Date.now();
                    observer.disconnect();
                }
            }).observe(document.body, {childList: true, subtree: true})
            """;

    /** What a page sends to the portal: requests (but for the first load) and WebSocket frames. */
    private final class Traffic {
        final List<String> requests = new CopyOnWriteArrayList<>();
        final List<String> pushSockets = new CopyOnWriteArrayList<>();
        final AtomicInteger framesSent = new AtomicInteger();
        final AtomicInteger framesReceived = new AtomicInteger();

        Traffic(Page page) {
            page.onRequest(request -> {
                if (request.url().startsWith(base())) {
                    requests.add(request.method() + " " + request.url());
                }
            });
            page.onWebSocket(socket -> {
                if (socket.url().contains("VAADIN/push")) {
                    pushSockets.add(socket.url());
                }
                socket.onFrameSent(frame -> framesSent.incrementAndGet());
                socket.onFrameReceived(frame -> framesReceived.incrementAndGet());
            });
        }

        void reset() {
            requests.clear();
            framesSent.set(0);
            framesReceived.set(0);
        }
    }

    private OpportunityId publishedOpportunity(String word) {
        return actAs.user(TestData.DEMO_PROVIDER, () -> {
            OpportunityId id = opportunities.create(
                    Postings.opportunity("COPD readmissions after discharge " + word, null, false));
            opportunities.publish(id, opportunities.find(id).orElseThrow().version());
            return id;
        });
    }

    private NeedId publishedNeed(String title) {
        return actAs.user(TestData.DEMO_STARTUP, () -> {
            NeedId id = needs.create(Postings.need(title));
            needs.publish(id, needs.find(id).orElseThrow().version());
            return id;
        });
    }

    private static String word() {
        return "zq" + TestData.unique("p").replaceAll("[^a-z0-9]", "");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private Page login(String email) {
        return new PortalPages(chromium, base()).login(email, TestData.DEMO_PASSWORD);
    }
}
