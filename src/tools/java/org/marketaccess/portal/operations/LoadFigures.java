package org.marketaccess.portal.operations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The load benchmark's arithmetic: percentiles of the page latencies of one step, whether the step
 * held (p95 at most one second, no errors), and the capacity: the users of the last step that held
 * before the first that did not (the steps go up, and the search stops at the first failure).
 */
final class LoadFigures {

    static final long P95_LIMIT_MS = 1_000;

    private LoadFigures() {}

    /** One step's figures: {@code users} virtual users, their page latencies and failed actions. */
    record Step(int users, int samples, long p50Ms, long p95Ms, int errors) {

        static Step of(int users, List<Long> latenciesMs, int errors) {
            return new Step(
                    users, latenciesMs.size(), percentile(latenciesMs, 50), percentile(latenciesMs, 95), errors);
        }

        /** At most one second at p95 and nothing failed; a step without a single page shown did not hold. */
        boolean held() {
            return samples > 0 && errors == 0 && p95Ms <= P95_LIMIT_MS;
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
    static int capacity(List<Step> stepsInOrder) {
        int held = 0;
        for (Step step : stepsInOrder) {
            if (!step.held()) {
                break;
            }
            held = step.users();
        }
        return held;
    }

    /** Whether the search goes on after this step: it stops at the first step that did not hold. */
    static boolean goOn(Step step) {
        return step.held();
    }
}
