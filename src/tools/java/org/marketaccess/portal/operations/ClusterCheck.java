package org.marketaccess.portal.operations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.marketaccess.portal.testing.Chromium;
import org.marketaccess.portal.testing.CrossNodePush;
import org.marketaccess.portal.testing.StickyLogin;
import org.marketaccess.portal.testing.TestData;

/**
 * What {@code scripts/run-cluster} shows once its two nodes and nginx run (decision 034): a login
 * through nginx sticks to one node over several requests, and how long a need published through node
 * A takes to appear on the demo provider's open "Matching innovations" page on node B, told by push
 * (in headless Chromium; the delay runs from the Publish click to the card, on the browser's clock).
 */
public final class ClusterCheck {

    private static final int PAGES = 10;
    private static final int NEEDS = 5;

    private ClusterCheck() {}

    public static void main(String[] args) {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: ClusterCheck NGINX_URL NODE_A_URL NODE_B_URL");
        }
        String nginx = args[0];
        String nodeA = args[1];
        String nodeB = args[2];
        sticks(nginx);
        System.out.printf(
                "%nPublished on node A (%s), shown on the demo provider's open \"Matching innovations\" page on"
                        + " node B (%s), told by push:%n",
                nodeA, nodeB);
        List<Long> millis = new ArrayList<>();
        try (Chromium chromium = new Chromium()) {
            CrossNodePush push = new CrossNodePush(chromium);
            String word = "zq" + TestData.unique("c").replaceAll("[^a-z0-9]", "");
            CrossNodePush.Watching onB = push.watch(nodeB, word);
            CrossNodePush.Publishing onA = push.publisher(nodeA);
            for (int i = 1; i <= NEEDS; i++) {
                CrossNodePush.Published need = onA.publish("Heart failure telemonitoring " + word + " " + i);
                long shown = onB.cardShownAt(need.id(), 30_000) - need.clickedAt();
                millis.add(shown);
                System.out.printf("  need %d: %d ms from the Publish click on A to the card on B%n", i, shown);
            }
        }
        Collections.sort(millis);
        System.out.printf(
                "RESULT published_on_a_seen_on_b_ms p50=%d max=%d needs=%d%n",
                millis.get(millis.size() / 2), millis.getLast(), millis.size());
    }

    /** Two people log in through nginx; each one's pages come from the node its session id names. */
    private static void sticks(String nginx) {
        System.out.printf("Logging in through nginx (%s):%n", nginx);
        for (String email : List.of(TestData.DEMO_STARTUP, TestData.DEMO_PROVIDER)) {
            StickyLogin person = new StickyLogin(nginx);
            if (!person.login(email, TestData.DEMO_PASSWORD)) {
                throw new IllegalStateException("login as " + email + " through nginx refused: " + person.lastAnswer());
            }
            String route = person.route();
            int signedIn = 0;
            List<String> routes = new ArrayList<>();
            for (int i = 0; i < PAGES; i++) {
                if (person.get("/notifications") == 200) {
                    signedIn++;
                }
                routes.add(person.route());
            }
            boolean stuck = signedIn == PAGES && routes.stream().allMatch(route::equals);
            System.out.printf(
                    "  %s: session %s -> node %s; %d of %d requests for /notifications answered signed in, route %s%s%n",
                    email,
                    person.sessionId(),
                    route.isEmpty() ? "?" : route,
                    signedIn,
                    PAGES,
                    String.join(",", routes.stream().distinct().toList()),
                    stuck ? " every time: the login sticks" : " -- NOT STICKY");
            if (!stuck) {
                throw new IllegalStateException("the login as " + email + " did not stick to one node");
            }
        }
    }
}
