package org.marketaccess.portal.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Enables browser tests when a Chromium executable is installed; in CI its absence is a failure. */
public class RequiresChromium implements ExecutionCondition {

    public static final String REQUIRE = "PORTAL_REQUIRE_BROWSER";

    public static Path executable() {
        String configured = System.getenv("PORTAL_CHROMIUM");
        return Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Path chromium = executable();
        if (Files.isExecutable(chromium)) {
            return ConditionEvaluationResult.enabled("Chromium at " + chromium);
        }
        String reason = "no Chromium executable at " + chromium;
        if (Boolean.parseBoolean(System.getenv(REQUIRE))) {
            throw new IllegalStateException(REQUIRE + "=true but " + reason);
        }
        System.err.println("SKIPPED (no Chromium): " + context.getDisplayName() + " — " + reason);
        return ConditionEvaluationResult.disabled(
                reason + ". Install it (apt-get install chromium) or set PORTAL_CHROMIUM, or run .ci/run.");
    }
}
