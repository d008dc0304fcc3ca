package org.marketaccess.portal.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.marketaccess.portal.dataset.DatasetRecords.Contact;
import org.marketaccess.portal.dataset.DatasetRecords.IntroductionRecord;
import org.marketaccess.portal.dataset.DatasetRecords.NeedRecord;
import org.marketaccess.portal.dataset.DatasetRecords.OpportunityRecord;
import org.marketaccess.portal.dataset.DatasetRecords.OrganizationRecord;
import org.marketaccess.portal.dataset.DatasetRecords.StepRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a data set directory in the format of DESIGN.md. Never throws on bad content: every line
 * that is not valid JSON or has a field of the wrong shape becomes a {@link LineProblem}, and the
 * rest is read. Needs no database, so the ranking evaluation reads data sets the same way.
 */
public final class DatasetReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DatasetReader() {}

    public static Dataset read(Path directory) {
        List<LineProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            problems.add(new LineProblem(directory.toString(), 0, null, "not a directory"));
            return new Dataset(List.of(), List.of(), List.of(), List.of(), problems);
        }
        List<OrganizationRecord> organizations =
                readFile(directory, Dataset.ORGANIZATIONS, problems, DatasetReader::organization);
        List<NeedRecord> needs = readFile(directory, Dataset.NEEDS, problems, DatasetReader::need);
        List<OpportunityRecord> opportunities =
                readFile(directory, Dataset.OPPORTUNITIES, problems, DatasetReader::opportunity);
        List<IntroductionRecord> introductions =
                readFile(directory, Dataset.INTRODUCTIONS, problems, DatasetReader::introduction);
        if (!Files.exists(directory.resolve(Dataset.ORGANIZATIONS))
                && !Files.exists(directory.resolve(Dataset.NEEDS))
                && !Files.exists(directory.resolve(Dataset.OPPORTUNITIES))
                && !Files.exists(directory.resolve(Dataset.INTRODUCTIONS))) {
            problems.add(new LineProblem(
                    directory.toString(),
                    0,
                    null,
                    "no organizations.jsonl, needs.jsonl, opportunities.jsonl or introductions.jsonl in this"
                            + " directory"));
        }
        return new Dataset(organizations, needs, opportunities, introductions, problems);
    }

    /** Reads the lines of one file; a missing file is an empty list (a data set may hold only some). */
    private static <T> List<T> readFile(
            Path directory, String file, List<LineProblem> problems, BiFunction<Fields, Integer, T> parse) {
        List<T> records = new ArrayList<>();
        Path path = directory.resolve(file);
        if (!Files.exists(path)) {
            return records;
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        try (BufferedReader reader =
                new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(path), decoder))) {
            String text;
            int line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(text);
                } catch (JacksonException e) {
                    problems.add(new LineProblem(file, line, null, "not valid JSON: " + e.getOriginalMessage()));
                    continue;
                }
                if (node == null || !node.isObject()) {
                    problems.add(new LineProblem(file, line, null, "not a JSON object"));
                    continue;
                }
                // a line with a field of the wrong shape is kept (that field empty), so that the
                // import's checks report its other problems too
                records.add(parse.apply(new Fields(node, file, line, problems), line));
            }
        } catch (CharacterCodingException e) {
            problems.add(new LineProblem(file, 0, null, "not UTF-8 text"));
        } catch (IOException e) {
            problems.add(new LineProblem(file, 0, null, "cannot be read: " + e.getMessage()));
        }
        return records;
    }

    private static OrganizationRecord organization(Fields f, int line) {
        JsonNode contact = f.node.get("contact");
        Contact parsedContact = null;
        if (contact != null && !contact.isNull()) {
            if (contact.isObject()) {
                Fields c = new Fields(contact, f.file, line, f.problems);
                parsedContact = new Contact(
                        c.text("contact.name", true), c.text("contact.email", true), c.text("contact.phone", false));
            } else {
                f.problem("contact", "must be an object with name, email and phone");
            }
        }
        return new OrganizationRecord(
                line,
                f.text("id", true),
                f.text("type", true),
                f.text("name", true),
                f.text("description", true),
                f.text("region", true),
                f.text("website", false),
                parsedContact,
                f.flag("listedInDirectory"),
                f.text("cluster", false));
    }

    private static NeedRecord need(Fields f, int line) {
        return new NeedRecord(
                line,
                f.text("id", true),
                f.text("organizationId", true),
                f.text("title", true),
                f.text("description", true),
                f.codes("sought"),
                f.codes("categories"),
                f.codes("clinicalAreas"),
                f.codes("careSettings"),
                f.text("stage", false),
                f.codes("certifications"),
                f.codes("integrations"),
                f.codes("regions"),
                f.flag("anonymous"),
                f.flag("keptInCluster"));
    }

    private static OpportunityRecord opportunity(Fields f, int line) {
        return new OpportunityRecord(
                line,
                f.text("id", true),
                f.text("organizationId", true),
                f.text("title", true),
                f.text("description", true),
                f.text("desiredOutcomes", false),
                f.codes("categories"),
                f.codes("clinicalAreas"),
                f.codes("careSettings"),
                f.codes("requiredCertifications"),
                f.codes("requiredIntegrations"),
                f.text("minimumStage", false),
                f.text("region", false),
                f.text("budgetBand", false),
                f.text("timeline", false),
                f.date("responseDeadline"),
                f.flag("anonymous"),
                f.flag("keptInCluster"));
    }

    private static IntroductionRecord introduction(Fields f, int line) {
        List<StepRecord> steps = new ArrayList<>();
        JsonNode list = f.node.get("steps");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                f.problem("steps", "must be a list of steps");
            } else {
                int i = 0;
                for (JsonNode element : list) {
                    String field = "steps[" + i++ + "]";
                    if (!element.isObject()) {
                        f.problem(field, "must be an object with step and at");
                        continue;
                    }
                    Fields step = new Fields(element, f.file, line, f.problems);
                    steps.add(new StepRecord(
                            step.text(field + ".step", true),
                            step.instant(field + ".at", true),
                            step.text(field + ".reason", false),
                            step.text(field + ".note", false)));
                }
            }
        }
        return new IntroductionRecord(
                line,
                f.text("id", true),
                f.text("needId", true),
                f.text("opportunityId", true),
                f.text("requester", true),
                f.text("message", true),
                f.instant("requestedAt", true),
                f.number("matchScore"),
                steps);
    }

    /** Typed access to one line's fields, recording a problem for each field of the wrong shape. */
    private static final class Fields {

        final JsonNode node;
        final String file;
        final int line;
        final List<LineProblem> problems;

        Fields(JsonNode node, String file, int line, List<LineProblem> problems) {
            this.node = node;
            this.file = file;
            this.line = line;
            this.problems = problems;
        }

        void problem(String field, String reason) {
            problems.add(new LineProblem(file, line, field, reason));
        }

        String text(String path, boolean required) {
            String field = path.contains(".") ? path.substring(path.indexOf('.') + 1) : path;
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    problem(path, "is missing");
                }
                return null;
            }
            if (!value.isString()) {
                problem(path, "must be a string");
                return null;
            }
            if (required && value.stringValue().isBlank()) {
                problem(path, "is empty");
                return null;
            }
            return value.stringValue();
        }

        List<String> codes(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return List.of();
            }
            if (!value.isArray()) {
                problem(field, "must be a list of codes");
                return List.of();
            }
            List<String> codes = new ArrayList<>();
            for (JsonNode element : value) {
                if (!element.isString()) {
                    problem(field, "must be a list of codes");
                    return List.of();
                }
                codes.add(element.stringValue());
            }
            return codes;
        }

        boolean flag(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return false;
            }
            if (!value.isBoolean()) {
                problem(field, "must be true or false");
                return false;
            }
            return value.booleanValue();
        }

        Instant instant(String path, boolean required) {
            String value = text(path, required);
            if (value == null) {
                return null;
            }
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                problem(path, "must be a time like 2026-03-31T09:30:00Z");
                return null;
            }
        }

        Double number(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isNumber()) {
                problem(field, "must be a number");
                return null;
            }
            return value.doubleValue();
        }

        LocalDate date(String field) {
            String value = text(field, false);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problem(field, "must be a date like 2027-03-31");
                return null;
            }
        }
    }
}
