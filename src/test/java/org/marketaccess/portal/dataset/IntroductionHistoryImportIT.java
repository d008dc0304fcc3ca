package org.marketaccess.portal.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketaccess.portal.identity.SystemAuthentication;
import org.marketaccess.portal.testing.DatabaseCounts;
import org.marketaccess.portal.testing.HistorySet;
import org.marketaccess.portal.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Past introductions come in with their data set, their history replayed through the workflow: a
 * history the workflow does not allow, a step out of order in time, an unknown step or posting is
 * reported by file, line and field, and then nothing of the set is imported.
 */
@IntegrationTest
class IntroductionHistoryImportIT {

    @Autowired
    DatasetImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseCounts counts;

    @Autowired
    Clock clock;

    @TempDir
    Path directory;

    @Test
    void aHistoryIsImportedWithItsMilestonesAndImportingItAgainChangesNothing() {
        HistorySet set = new HistorySet(clock.instant());
        Path written = set.write(directory);
        ImportReport first = run(written);
        assertThat(first.imported()).as(first.describe()).isTrue();
        assertThat(first.introductions().created()).isEqualTo(11);

        Map<String, Object> a = row(set.id("A"));
        assertThat(a.get("status")).isEqualTo("INTRODUCED");
        assertThat(a.get("outcome")).isEqualTo("CONTRACT_SIGNED");
        assertThat(a.get("match_score")).isEqualTo(85.0);
        assertThat(instant(a.get("approved_at"))).isEqualTo(set.day(2));
        assertThat(instant(a.get("meeting_held_at"))).isEqualTo(set.day(8));
        assertThat(instant(a.get("contract_signed_at"))).isEqualTo(set.day(75));
        assertThat(a.get("ended_at")).isNull();
        Map<String, Object> b = row(set.id("B"));
        assertThat(b.get("meeting_held_at")).as("no meeting was recorded").isNull();
        assertThat(instant(b.get("ended_at"))).isEqualTo(set.day(40));
        assertThat(row(set.id("J")).get("open_pair"))
                .as("a request under way holds its pair")
                .isNotNull();
        assertThat(row(set.id("F")).get("match_score")).isNull();

        ImportReport second = run(written);
        assertThat(second.imported()).as(second.describe()).isTrue();
        assertThat(second.introductions().unchanged()).isEqualTo(11);
        assertThat(second.introductions().created()).isZero();
    }

    @Test
    void aHistoryTheWorkflowDoesNotAllowIsRefusedAndNothingIsImported() throws IOException {
        HistorySet set = new HistorySet(clock.instant());
        Path written = set.write(directory);
        String at = set.day(3).toString();
        String later = set.day(4).toString();
        String earlier = set.day(-1).toString();
        appendIntroductions(
                written,
                // accepted before anyone approved it
                line(set, "X1", "n1", "o3", "startup", "[{\"step\":\"accepted\",\"at\":\"" + at + "\"}]"),
                // a step earlier than the request
                line(set, "X2", "n2", "o3", "startup", "[{\"step\":\"approved\",\"at\":\"" + earlier + "\"}]"),
                // an unknown step and an unknown reason
                line(
                        set,
                        "X3",
                        "n3",
                        "o3",
                        "startup",
                        "[{\"step\":\"approved-twice\",\"at\":\"" + at + "\"},"
                                + "{\"step\":\"declined-by-recipient\",\"at\":\"" + later
                                + "\",\"reason\":\"bored\"}]"),
                // a decline without its reason
                line(set, "X4", "n4", "o3", "startup", "[{\"step\":\"declined-by-program\",\"at\":\"" + at + "\"}]"),
                // a need nobody knows
                line(set, "X5", "nowhere", "o3", "startup", "[]"));
        Map<String, Long> before = counts.snapshot();

        ImportReport report = run(written);

        assertThat(report.imported()).isFalse();
        assertThat(report.problems())
                .extracting(LineProblem::toString)
                .anySatisfy(problem -> assertThat(problem)
                        .contains("introductions.jsonl:12")
                        .contains("steps[0]")
                        .contains("\"accepted\" cannot follow \"requested\""))
                .anySatisfy(problem -> assertThat(problem)
                        .contains("introductions.jsonl:13")
                        .contains("earlier than the step before it"))
                .anySatisfy(problem -> assertThat(problem)
                        .contains("introductions.jsonl:14")
                        .contains("unknown step \"approved-twice\""))
                .anySatisfy(problem ->
                        assertThat(problem).contains("introductions.jsonl:14").contains("unknown reason \"bored\""))
                .anySatisfy(problem ->
                        assertThat(problem).contains("introductions.jsonl:15").contains("needs a reason"))
                .anySatisfy(problem ->
                        assertThat(problem).contains("introductions.jsonl:16").contains("unknown need"));
        assertThat(counts.snapshot()).as("nothing of the set was written").isEqualTo(before);
    }

    @Test
    void aSecondRequestUnderWayForAPairIsRefusedAndTheWholeSetRolledBack() throws IOException {
        HistorySet set = new HistorySet(clock.instant());
        Path written = set.write(directory);
        // J waits for review: a second open request for its pair cannot be
        appendIntroductions(written, line(set, "X6", "n1", "o2", "startup", "[]"));
        Map<String, Long> before = counts.snapshot();

        ImportReport report = run(written);

        assertThat(report.imported()).isFalse();
        assertThat(report.problems())
                .extracting(LineProblem::toString)
                .containsExactly("introductions.jsonl:12 opportunityId: this need and opportunity already have a"
                        + " request under way or an introduction");
        assertThat(counts.snapshot())
                .as("the organizations and postings written before the check are gone too")
                .isEqualTo(before);
    }

    @Test
    void everyProblemOfALineIsReportedAndTheReportFollowsTheLines() throws IOException {
        HistorySet set = new HistorySet(clock.instant());
        Path written = set.write(directory);
        Path needs = written.resolve(Dataset.NEEDS);
        List<String> lines = Files.readAllLines(needs);
        // line 4: a title of the wrong shape and an unknown category; line 1: an unknown category
        lines.set(
                3,
                lines.get(3)
                        .replaceFirst("\"title\":\"[^\"]*\"", "\"title\":42")
                        .replace("[\"data-analytics-ai\"]", "[\"robots\"]"));
        lines.set(0, lines.get(0).replace("[\"remote-monitoring\"]", "[\"unicorns\"]"));
        Files.write(needs, lines);

        ImportReport report = run(written);

        assertThat(report.imported()).isFalse();
        assertThat(report.problems())
                .extracting(LineProblem::toString)
                .filteredOn(problem -> problem.startsWith("needs.jsonl"))
                .containsExactly(
                        "needs.jsonl:1 categories: unknown code \"unicorns\": not in the portal's category list",
                        "needs.jsonl:4 title: must be a string",
                        "needs.jsonl:4 categories: unknown code \"robots\": not in the portal's category list");
    }

    private ImportReport run(Path written) {
        return SystemAuthentication.runAsSystem(() -> imports.importDirectory(written, ImportProgress.NONE));
    }

    private Map<String, Object> row(String externalId) {
        return jdbc.queryForMap("select * from introduction where external_id = ?", externalId);
    }

    private static java.time.Instant instant(Object value) {
        return value instanceof java.time.OffsetDateTime time
                ? time.toInstant()
                : ((java.sql.Timestamp) value).toInstant();
    }

    private static String line(
            HistorySet set, String name, String need, String opportunity, String requester, String steps) {
        return "{\"id\":\"" + set.id(name) + "\",\"needId\":\"" + set.id(need) + "\",\"opportunityId\":\""
                + set.id(opportunity) + "\",\"requester\":\"" + requester + "\",\"message\":\"Hello\","
                + "\"requestedAt\":\"" + set.day(0) + "\",\"steps\":" + steps + "}";
    }

    private static void appendIntroductions(Path written, String... lines) throws IOException {
        Files.writeString(
                written.resolve(Dataset.INTRODUCTIONS),
                String.join("\n", List.of(lines)) + "\n",
                java.nio.file.StandardOpenOption.APPEND);
    }
}
