package org.marketaccess.portal.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Enables tests that put nginx in front of the portal when it is installed; in CI its absence is a failure. */
public class RequiresNginx implements ExecutionCondition {

    public static final String REQUIRE = "PORTAL_REQUIRE_NGINX";

    /** {@code PORTAL_NGINX}, else Debian's /usr/sbin/nginx, else the first nginx on the PATH (or null). */
    public static Path executable() {
        String configured = System.getenv("PORTAL_NGINX");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.concat(Stream.of("/usr/sbin"), Stream.of(path.split(":")))
                .filter(directory -> !directory.isBlank())
                .map(directory -> Path.of(directory, "nginx"))
                .filter(Files::isExecutable)
                .findFirst()
                .orElse(null);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Path nginx = executable();
        if (nginx != null && Files.isExecutable(nginx)) {
            return ConditionEvaluationResult.enabled("nginx at " + nginx);
        }
        String reason = "no nginx executable (PORTAL_NGINX, /usr/sbin/nginx or on the PATH)";
        if (Boolean.parseBoolean(System.getenv(REQUIRE))) {
            throw new IllegalStateException(REQUIRE + "=true but " + reason);
        }
        System.err.println("SKIPPED (no nginx): " + context.getDisplayName() + " — " + reason);
        return ConditionEvaluationResult.disabled(
                reason + ". Install it (apt-get install nginx) or set PORTAL_NGINX, or run .ci/run.");
    }
}
