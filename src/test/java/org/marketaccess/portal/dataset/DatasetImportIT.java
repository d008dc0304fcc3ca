package org.marketaccess.portal.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.identity.SystemAuthentication;
import org.marketaccess.portal.testing.DatabaseCounts;
import org.marketaccess.portal.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The bulk import with the public evaluation set and broken copies of it. */
@IntegrationTest
class DatasetImportIT {

    /** The public evaluation set, beside the clone as CI places it; PORTAL_EVAL_PUBLIC overrides. */
    static final Path PUBLIC = Path.of(System.getenv().getOrDefault("PORTAL_EVAL_PUBLIC", "../shared/eval/public"));

    @org.junit.jupiter.api.BeforeAll
    static void theSetIsThere() {
        assertThat(PUBLIC.resolve(Dataset.NEEDS))
                .as("the public evaluation set (shared/ beside the project's clone, or PORTAL_EVAL_PUBLIC)")
                .exists();
    }

    @Autowired
    DatasetImportService imports;

    @Autowired
    DatabaseCounts counts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importingThePublicSetSucceedsAndImportingItAgainChangesNothing() throws IOException {
        Path copy = copyOf(PUBLIC, UnaryOperator.identity(), "none", 0);
        AtomicInteger lastProgress = new AtomicInteger();
        ImportReport first = run(copy, lastProgress);
        assertThat(first.imported()).as(first.describe()).isTrue();
        assertThat(first.organizations().total()).isEqualTo(48);
        assertThat(first.needs().total()).isEqualTo(45);
        assertThat(first.opportunities().total()).isEqualTo(40);
        assertThat(lastProgress.get()).isEqualTo(133);
        Map<String, Long> afterFirst = postingCounts();

        ImportReport second = run(copy, new AtomicInteger());
        assertThat(second.imported()).isTrue();
        assertThat(second.organizations().created()
                        + second.needs().created()
                        + second.opportunities().created())
                .isZero();
        assertThat(second.needs().unchanged()).isEqualTo(45);
        assertThat(postingCounts()).as("no duplicates after importing again").isEqualTo(afterFirst);
    }

    /** Decision 027: an imported posting gets the language its text is written in. */
    @Test
    void importedPostingsGetTheLanguageTheirTextIsWrittenIn() throws IOException {
        Path set = Path.of("eval/cross-language");
        Path copy = copyOf(set, UnaryOperator.identity(), "none", 0);
        ImportReport report = run(copy, new AtomicInteger());
        assertThat(report.imported()).as(report.describe()).isTrue();
        String prefix =
                Files.readAllLines(copy.resolve(Dataset.NEEDS)).getFirst().replaceAll(".*\"id\": \"(t[0-9]+-).*", "$1");
        Map<String, String> expected = new java.util.TreeMap<>();
        List<String> languages = Files.readAllLines(set.resolve("languages.tsv"));
        for (String line : languages.subList(1, languages.size())) {
            String[] columns = line.split("\t");
            expected.put(prefix + columns[0], columns[1]);
        }
        Map<String, String> stored = new java.util.TreeMap<>();
        jdbc.query(
                "select external_id, language from need where external_id like ?"
                        + " union all select external_id, language from opportunity where external_id like ?",
                row -> {
                    stored.put(row.getString(1), row.getString(2));
                },
                prefix + "%",
                prefix + "%");
        assertThat(stored).isEqualTo(expected);
    }

    @Test
    void aLineThatIsNotJsonImportsNothingAndIsNamed() throws IOException {
        assertRefused(
                copyOf(PUBLIC, line -> "{\"id\": \"n-007\", \"title\": ", "needs.jsonl", 7),
                "needs.jsonl",
                7,
                null,
                "not valid JSON");
    }

    @Test
    void anUnknownTaxonomyCodeImportsNothingAndIsNamed() throws IOException {
        assertRefused(
                copyOf(
                        PUBLIC,
                        line -> line.replaceFirst("\"categories\": \\[", "\"categories\": [\"quantum-healing\", "),
                        "opportunities.jsonl",
                        12),
                "opportunities.jsonl",
                12,
                "categories",
                "unknown code \"quantum-healing\"");
    }

    @Test
    void aMissingTitleImportsNothingAndIsNamed() throws IOException {
        assertRefused(
                copyOf(PUBLIC, line -> line.replaceFirst("\"title\": \"[^\"]*\", ", ""), "needs.jsonl", 3),
                "needs.jsonl",
                3,
                "title",
                "is missing");
    }

    @Test
    void anUnknownOrganizationImportsNothingAndIsNamed() throws IOException {
        assertRefused(
                copyOf(
                        PUBLIC,
                        line -> line.replaceFirst(
                                "\"organizationId\": \"[^\"]*\"", "\"organizationId\": \"org-does-not-exist\""),
                        "opportunities.jsonl",
                        40),
                "opportunities.jsonl",
                40,
                "organizationId",
                "unknown organization");
    }

    private void assertRefused(Path dataset, String file, int line, String field, String reason) {
        Map<String, Long> before = postingCounts();
        ImportReport report = run(dataset, new AtomicInteger());
        assertThat(report.imported()).isFalse();
        assertThat(report.problems()).hasSize(1);
        LineProblem problem = report.problems().getFirst();
        assertThat(problem.file()).isEqualTo(file);
        assertThat(problem.line()).isEqualTo(line);
        assertThat(problem.field()).isEqualTo(field);
        assertThat(problem.reason()).contains(reason);
        assertThat(postingCounts()).isEqualTo(before);
    }

    private ImportReport run(Path dataset, AtomicInteger lastProgress) {
        return SystemAuthentication.runAsSystem(
                () -> imports.importDirectory(dataset, (phase, done, total) -> lastProgress.set(done)));
    }

    private Map<String, Long> postingCounts() {
        Map<String, Long> all = new java.util.TreeMap<>(counts.snapshot());
        all.remove("audit_event");
        all.put("need", jdbc.queryForObject("select count(*) from need", Long.class));
        all.put("opportunity", jdbc.queryForObject("select count(*) from opportunity", Long.class));
        return all;
    }

    /** A copy of a data set with one line of one file changed; ids get a fresh prefix so copies never collide. */
    static Path copyOf(Path source, UnaryOperator<String> change, String file, int lineNumber) throws IOException {
        Path target = Files.createTempDirectory("dataset");
        String prefix = "t" + System.nanoTime() + "-";
        for (String name : List.of(Dataset.ORGANIZATIONS, Dataset.NEEDS, Dataset.OPPORTUNITIES)) {
            List<String> lines = new ArrayList<>(Files.readAllLines(source.resolve(name)));
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).replaceAll("\"(id|organizationId)\": \"", "\"$1\": \"" + prefix);
                lines.set(i, name.equals(file) && i + 1 == lineNumber ? change.apply(line) : line);
            }
            Files.write(target.resolve(name), lines);
        }
        return target;
    }
}
