package org.marketaccess.portal.operations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * The load benchmark's arithmetic: percentiles of the page latencies of one step, whether the step
 * held (p95 at most one second, no errors), and the capacity: the users of the last step that held
 * before the first that did not (the steps go up, and the search stops at the first failure).
 */
final class LoadFigures {

    static final long P95_LIMIT_MS = 1_000;

    private LoadFigures() {}

    /**
     * One step's figures: {@code users} virtual users, the latencies of every page they waited for,
     * the p95 of the views inside the portal alone (page loads left out: the login page, and the home
     * page the login lands on), and the failed actions.
     */
    record Step(int users, int samples, long p50Ms, long p95Ms, long viewsP95Ms, int errors) {

        static Step of(int users, List<Long> latenciesMs, List<Long> viewLatenciesMs, int errors) {
            return new Step(
                    users,
                    latenciesMs.size(),
                    percentile(latenciesMs, 50),
                    percentile(latenciesMs, 95),
                    percentile(viewLatenciesMs, 95),
                    errors);
        }

        /** At most one second at p95 over every page and nothing failed; no page shown is no hold. */
        boolean held() {
            return samples > 0 && errors == 0 && p95Ms <= P95_LIMIT_MS;
        }

        /** The same over the views inside the portal: what a logged-in user waits for. */
        boolean viewsHeld() {
            return samples > 0 && errors == 0 && viewsP95Ms <= P95_LIMIT_MS;
        }
    }

    /**
     * The nearest-rank percentile: the smallest value with at least {@code percent} % of the values at
     * or below it (no interpolation: every figure printed is a latency that was measured). 0 for none.
     */
    static long percentile(List<Long> values, double percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("percent in (0, 100]: " + percent);
        }
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    /** The users of the last step that held before the first that did not; 0 when the first did not. */
    static int capacity(List<Step> stepsInOrder, Predicate<Step> holds) {
        int held = 0;
        for (Step step : stepsInOrder) {
            if (!holds.test(step)) {
                break;
            }
            held = step.users();
        }
        return held;
    }

    /**
     * Whether the search goes on after this step: until the views inside the portal pass a second
     * (or an error appears), the looser of the two limits, so both capacities are found in one search.
     */
    static boolean goOn(Step step) {
        return step.viewsHeld();
    }
}
