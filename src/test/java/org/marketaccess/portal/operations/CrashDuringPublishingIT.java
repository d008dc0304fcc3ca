package org.marketaccess.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal is killed with SIGKILL while needs are being published (the index updated after each
 * commit); started again on the same data, it replays what was outstanding and its index agrees
 * with the database.
 */
class CrashDuringPublishingIT {

    @TempDir
    Path data;

    @Test
    void aProcessKilledWhilePublishingRestartsWithAnIndexThatAgreesWithTheDatabase() throws Exception {
        Process publishing = portal("publish");
        int committed = 0;
        List<String> output = new ArrayList<>();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(publishing.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
                if (line.startsWith("committed ")) {
                    committed = Integer.parseInt(line.substring("committed ".length()));
                    if (committed >= 60) {
                        break;
                    }
                }
            }
            // SIGKILL: no shutdown hook, no index commit, no event completion.
            publishing.destroyForcibly();
            assertThat(publishing.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(committed)
                .as("needs committed before the kill; output:%n%s", String.join("\n", output))
                .isGreaterThanOrEqualTo(60);
        assertThat(publishing.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        long outstandingAtKill = outstandingEvents();

        Process verifying = portal("verify");
        String verify;
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(verifying.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> all = lines.lines().toList();
            verify = all.stream()
                    .filter(line -> line.startsWith("VERIFY "))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no VERIFY line in:\n" + String.join("\n", all)));
        }
        assertThat(verifying.waitFor(120, TimeUnit.SECONDS)).isTrue();
        System.out.printf(
                "After SIGKILL at %d commits (%d index updates outstanding): %s%n",
                committed, outstandingAtKill, verify);
        assertThat(verify).contains("differences=0").contains("outstanding=0");
        long published = Long.parseLong(verify.replaceAll(".*published=(\\d+).*", "$1"));
        assertThat(published).as("every need committed before the kill is kept").isGreaterThanOrEqualTo(committed);
    }

    /** Event publications the killed process recorded but did not complete. */
    private long outstandingEvents() throws Exception {
        try (var connection = DriverManager.getConnection(
                        "jdbc:h2:file:" + data.resolve("portal").toAbsolutePath()
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                        "sa",
                        "");
                var rows = connection.createStatement().executeQuery("select count(*) from event_publication")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private Process portal(String mode) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        PublishingProcess.class.getName(),
                        data.toString(),
                        mode)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.PIPE)
                .start();
    }
}
