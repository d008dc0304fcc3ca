package org.marketaccess.portal.operations;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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
 * Each round is a fresh browser context: log in, open its need's matches, search, open the best match,
 * request an introduction, withdraw it again (so the pair is free for the next round), log out. Each
 * step's latency runs from the action (navigation or click) to the page's content being shown; a step
 * that does not show it within {@link #TIMEOUT_MS} or shows something else is an error, and the round
 * starts again. Between steps the user reads for a random 1–3 s.
 */
final class VirtualUser implements Runnable {

    static final double TIMEOUT_MS = 15_000;
    static final String SEARCH = "remote monitoring heart failure";

    /** One measured step: the node it went to, its name and milliseconds; or an error (ms < 0). */
    record Sample(String node, String step, long ms, String error) {}

    private final LoadNode node;
    private final LoadUsers.User user;
    private final Supplier<Boolean> recording;
    private final List<Sample> samples;
    private volatile boolean stopping;
    private String opportunityId;
    private final CountDownLatch ready = new CountDownLatch(1);
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
            while (!stopping) {
                round();
            }
        } finally {
            chromium.close();
        }
    }

    private void round() {
        Page page = chromium.newPage();
        page.setDefaultTimeout(TIMEOUT_MS);
        String step = "login page";
        boolean loggedIn = false;
        try {
            step = "login page";
            timed(step, () -> {
                page.navigate(node.base + "/login");
                textbox(page, "E-mail").waitFor();
            });
            textbox(page, "E-mail").fill(user.email());
            textbox(page, "Password").fill(LoadUsers.PASSWORD);
            step = "login";
            timed(step, () -> {
                PortalPages.button(page, "Log in").click();
                shown(page.getByText("Welcome,"));
            });
            loggedIn = true;
            if (pause()) {
                return;
            }
            step = "matches";
            timed(step, () -> {
                page.navigate(node.base + "/matching-opportunities/" + user.needId());
                shown(page.locator(".result-card").first());
            });
            if (opportunityId == null) {
                opportunityId = page.locator(".result-card").first().getAttribute("data-posting");
            }
            if (pause()) {
                return;
            }
            step = "search";
            timed(step, () -> {
                page.navigate(
                        node.base + "/pilot-opportunities?q=" + URLEncoder.encode(SEARCH, StandardCharsets.UTF_8));
                shown(page.locator(".result-card").first());
            });
            if (pause()) {
                return;
            }
            step = "match";
            timed(step, () -> {
                page.navigate(node.base + "/matches/" + user.needId() + "/" + opportunityId);
                shown(page.locator(".side-by-side .score-badge").first());
            });
            if (pause()) {
                return;
            }
            step = "request form";
            timed(step, () -> {
                page.navigate(
                        node.base + "/introductions/request?need=" + user.needId() + "&opportunity=" + opportunityId);
                shown(textbox(page, "Message to the program and the other side"));
            });
            textbox(page, "Message to the program and the other side")
                    .fill("We would like to pilot our heart failure monitoring with you.");
            step = "request";
            timed(step, () -> {
                PortalPages.button(page, "Send request").click();
                shown(page.locator(".status-badge").getByText("Waiting for the program's review"));
            });
            if (pause()) {
                return;
            }
            step = "withdraw";
            timed(step, () -> {
                PortalPages.button(page, "Withdraw request").click();
                shown(page.locator(".status-badge").getByText("Withdrawn"));
            });
            if (pause()) {
                return;
            }
            step = "logout";
            timed(step, () -> {
                PortalPages.button(page, "Log out").click();
                shown(textbox(page, "E-mail"));
            });
            loggedIn = false;
            pause();
        } catch (RuntimeException failed) {
            String message =
                    String.valueOf(failed.getMessage()).lines().findFirst().orElse("");
            if (recording.get()) {
                samples.add(new Sample(node.name, step, -1, message));
            }
            System.out.printf("ERROR %s on %s at %s: %s%n", user.email(), node.name, step, message);
        } finally {
            if (loggedIn) {
                logOutQuietly(page);
            }
            page.context().close();
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
    private static void logOutQuietly(Page page) {
        try {
            PortalPages.button(page, "Log out").click(new Locator.ClickOptions().setTimeout(5_000));
            textbox(page, "E-mail").waitFor(new Locator.WaitForOptions().setTimeout(5_000));
        } catch (RuntimeException ignored) {
            // the page is gone or broken; its session ends with its timeout
        }
    }

    static List<Sample> newSampleList() {
        return Collections.synchronizedList(new ArrayList<>());
    }
}
