package org.marketaccess.portal.operations;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.marketaccess.portal.testing.Chromium;
import org.marketaccess.portal.testing.PortalPages;

/**
 * One virtual user of the load benchmark: a thread with a Chromium of its own (Playwright for Java
 * drives a browser from the thread that made it), going round a startup's journey until told to stop.
 * Each round is a fresh browser context: log in (the page loads), then inside the portal as its links
 * lead: open its need's matches, search, open the best match, request an introduction, withdraw it
 * again (so the pair is free for the next round), log out. Each step's latency runs from the action
 * (a navigation or a click) to the page's content being shown; a step that does not show it within
 * {@link #TIMEOUT_MS} is an error, and the round starts again. Between steps the user reads for a
 * random 1–3 s.
 */
final class VirtualUser implements Runnable {

    static final double TIMEOUT_MS = 15_000;
    static final String SEARCH = "remote monitoring heart failure";

    /** The steps that load a whole page (the login page, and the home page the login lands on). */
    static boolean pageLoad(String step) {
        return step.equals("login page") || step.equals("login");
    }

    /** One measured step: the node it went to, its name and milliseconds; or an error (ms < 0). */
    record Sample(String node, String step, long ms, String error) {}

    private final LoadNode node;
    private final LoadUsers.User user;
    private final Supplier<Boolean> recording;
    private final List<Sample> samples;
    private volatile boolean stopping;
    private volatile boolean signedIn;
    private int failures;
    private String opportunityId;
    private final CountDownLatch ready = new CountDownLatch(1);
    private final ExchangeTrace trace = new ExchangeTrace();
    private Chromium chromium;
    private Thread thread;

    VirtualUser(LoadNode node, LoadUsers.User user, Supplier<Boolean> recording, List<Sample> samples) {
        this.node = node;
        this.user = user;
        this.recording = recording;
        this.samples = samples;
    }

    /** Starts the browser (outside any measurement) and then the rounds on a thread of their own. */
    void start() {
        thread = Thread.ofPlatform().name("user-" + user.email()).start(this);
    }

    /** Asks the user to stop after its current step; it logs out, so its node lets its session go. */
    /** Whether the user is logged in now (between its login and its logout). */
    boolean signedIn() {
        return signedIn;
    }

    LoadNode node() {
        return node;
    }

    void stop() {
        stopping = true;
    }

    /** Waits until the user's browser has started (at most a minute). */
    void awaitReady() throws InterruptedException {
        ready.await(60, TimeUnit.SECONDS);
    }

    void awaitStopped() throws InterruptedException {
        thread.join(60_000);
    }

    @Override
    public void run() {
        try {
            chromium = new Chromium();
        } finally {
            ready.countDown();
        }
        try {
            think();
            // one browser context for the user's rounds, as a person's browser: its cache keeps the
            // portal's scripts, and the login page of the next round is a page load like theirs
            Page page = newPage();
            while (!stopping) {
                if (!round(page)) {
                    page.context().close();
                    page = newPage();
                }
            }
            page.context().close();
        } finally {
            chromium.close();
        }
    }

    /**
     * After a logout the portal sends the browser to its front page, which would open a new anonymous
     * session that nobody closes (it would stay until the session timeout and count as held): that
     * one navigation gets a blank page from the browser itself (cut off, the old page would stay and
     * its push connection would open a session again), and the next round opens the login page.
     */
    private Page newPage() {
        // without the portal's service worker: it would fetch the routed front page from the node
        // (Playwright routes no service worker's requests); its precache is a few small files once a browser
        Page page = chromium.newPageWithoutServiceWorker();
        page.setDefaultTimeout(TIMEOUT_MS);
        trace.attach(page);
        // a glob the driver matches itself: a predicate would send every request through this thread
        page.route(
                node.base + "/",
                route -> route.fulfill(
                        new Route.FulfillOptions().setContentType("text/html").setBody("<p>Logged out</p>")));
        return page;
    }

    /** One round; false when a step failed (the caller starts over in a fresh browser context). */
    private boolean round(Page page) {
        String step = "login page";
        boolean loggedIn = false;
        trace.clear();
        try {
            timed(step, () -> {
                page.navigate(node.base + "/login");
                textbox(page, "E-mail").waitFor();
            });
            // the form may still be rendering on a busy machine: the values must be there before the click
            textbox(page, "E-mail").fill(user.email());
            textbox(page, "Password").fill(LoadUsers.PASSWORD);
            PlaywrightAssertions.assertThat(textbox(page, "E-mail")).hasValue(user.email());
            PlaywrightAssertions.assertThat(textbox(page, "Password")).hasValue(LoadUsers.PASSWORD);
            step = "login";
            timed(step, () -> {
                PortalPages.button(page, "Log in").click();
                shown(page.getByText("Welcome,"));
            });
            loggedIn = true;
            signedIn = true;
            if (pause()) {
                return true;
            }
            step = "matches";
            timed(step, () -> {
                follow(page, "/matching-opportunities/" + user.needId());
                shown(page.locator(".result-card").first());
            });
            if (opportunityId == null) {
                opportunityId = page.locator(".result-card").first().getAttribute("data-posting");
            }
            if (pause()) {
                return true;
            }
            step = "search";
            timed(step, () -> {
                follow(page, "/pilot-opportunities?q=" + URLEncoder.encode(SEARCH, StandardCharsets.UTF_8));
                shown(page.locator(".result-total").getByText("found"));
            });
            if (pause()) {
                return true;
            }
            step = "match";
            timed(step, () -> {
                follow(page, "/matches/" + user.needId() + "/" + opportunityId);
                shown(page.locator(".match-detail .score-badge").first());
            });
            if (pause()) {
                return true;
            }
            step = "request form";
            timed(step, () -> {
                page.locator("a.request-introduction").click();
                shown(textbox(page, "Message to the program and the other side"));
            });
            textbox(page, "Message to the program and the other side")
                    .fill("We would like to pilot our heart failure monitoring with you.");
            step = "request";
            timed(step, () -> {
                PortalPages.button(page, "Send request").click();
                shown(page.locator(".status-badge").getByText("Waiting for the program's review"));
            });
            think(); // even when told to stop: the request is withdrawn, so the pair is free again

            step = "withdraw";
            timed(step, () -> {
                PortalPages.button(page, "Withdraw request").click();
                shown(page.locator(".status-badge").getByText("Withdrawn"));
            });
            if (pause()) {
                return true;
            }
            step = "logout";
            // from the click to the portal's answer sending the browser away (the session is gone then)
            timed(
                    step,
                    () -> page.waitForRequest(node.base + "/", () -> PortalPages.button(page, "Log out")
                            .click()));
            page.waitForTimeout(50); // Playwright runs the handler that answers the navigation while it waits
            loggedIn = false;
            signedIn = false;
            pause();
            return true;
        } catch (RuntimeException failed) {
            String message = firstLine(failed);
            if (recording.get()) {
                samples.add(new Sample(node.name, step, -1, message));
            }
            String shot = "load-" + user.email().substring(0, user.email().indexOf('@')) + "-" + ++failures;
            try {
                Chromium.screenshot(page, shot);
            } catch (RuntimeException noScreenshot) {
                shot = "none (" + firstLine(noScreenshot) + ")";
            }
            System.out.printf(
                    "ERROR %s on %s at %s: %s (page %s, screenshot %s)%n",
                    user.email(), node.name, step, message, page.url(), shot);
            trace.print(page, shot);
            return false;
        } finally {
            if (loggedIn) {
                logOutQuietly(page);
                signedIn = false;
            }
        }
    }

    /** Reads for 1–3 s; true when the user is to stop (it still logs out, in {@link #round()}'s end). */
    private boolean pause() {
        think();
        return stopping;
    }

    private static void think() {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1_000, 3_001));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void timed(String step, Runnable action) {
        boolean counted = recording.get();
        long start = System.nanoTime();
        action.run();
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (counted && recording.get()) {
            samples.add(new Sample(node.name, step, ms, null));
        }
    }

    /**
     * Follows a link inside the portal, as a click on one of its menu items, result cards or links
     * does: Vaadin's router fetches the next view over its own request, without reloading the page.
     */
    private static void follow(Page page, String path) {
        page.evaluate(
                "path => { const link = document.createElement('a'); link.href = path;"
                        + " link.setAttribute('router-link', ''); document.body.appendChild(link);"
                        + " link.click(); link.remove(); }",
                path);
    }

    private static void shown(Locator content) {
        content.waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.VISIBLE)
                .setTimeout(TIMEOUT_MS));
    }

    private static Locator textbox(Page page, String name) {
        return page.getByRole(
                AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** A session left logged in would stay on the node until it times out, 30 minutes later. */
    private void logOutQuietly(Page page) {
        try {
            page.waitForRequest(
                    node.base + "/",
                    new Page.WaitForRequestOptions().setTimeout(5_000),
                    () -> PortalPages.button(page, "Log out").click(new Locator.ClickOptions().setTimeout(5_000)));
            page.waitForTimeout(50);
        } catch (RuntimeException ignored) {
            // the page is gone or broken; its session ends with its timeout
        }
    }

    /** Playwright's errors begin with "Error {" and say what went wrong on a line of their own. */
    private static String firstLine(RuntimeException failed) {
        List<String> lines = String.valueOf(failed.getMessage()).lines().toList();
        return lines.stream()
                .filter(line -> line.contains("message="))
                .findFirst()
                .orElse(lines.isEmpty() ? failed.toString() : lines.getFirst())
                .strip();
    }

    static List<Sample> newSampleList() {
        return Collections.synchronizedList(new ArrayList<>());
    }
}
