package org.marketaccess.portal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * A program's data set with a known past, for the insight tests: a provider (the hub, in
 * Massachusetts) and three startups (Massachusetts, Catalonia, Yorkshire), their postings, and
 * eleven introductions requested over the last 80 days whose every step lies on a whole day after
 * {@link #base}. Every introduction involves the hub, so a filter on the hub shows this set and
 * nothing else. Written as JSON lines for the bulk import, with fresh ids each time.
 *
 * <pre>
 *    request     steps (days after base)                                        score
 * A  n1→o1 d0    approved 2, accepted 3, meeting 8, pilot 18, completed 70, contract 75   85
 * B  n2→o1 d1    approved 5, accepted 8, pilot 28 (no meeting), closed no fit 40          65
 * C  n3→o1 d2    approved 8, declined by recipient 10 (no-capacity)                        45
 * D  n4→o1 d3    approved 13, expired 27                                                   30
 * E  n2→o2 d4    declined by program 5 (too-early)                                         10
 * F  n3→o2 d5    withdrawn 8                                                               –
 * G  o2→n1 d6    (the hub asks) approved 8, withdrawn 9                                    55
 * H  n5→o2 d7    information requested 8, resubmitted 10, approved 11, accepted 12        70
 * J  n1→o2 d60   waiting for review                                                        50
 * K  n4→o2 d68   approved 70 (answer due d84, four days from now)                          75
 * L  n5→o1 d77   approved 79                                                               90
 * </pre>
 */
public final class HistorySet {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Day 0 of the set: 80 days before now, to the minute. */
    public final Instant base;

    public final String tag;
    public final String hubName;
    public final String hubId;

    private final List<Map<String, Object>> organizations = new ArrayList<>();
    private final List<Map<String, Object>> needs = new ArrayList<>();
    private final List<Map<String, Object>> opportunities = new ArrayList<>();
    private final List<Map<String, Object>> introductions = new ArrayList<>();

    public HistorySet(Instant now) {
        base = now.minus(Duration.ofDays(80)).truncatedTo(ChronoUnit.MINUTES);
        tag = UUID.randomUUID().toString().substring(0, 8);
        hubId = id("hub");
        hubName = "Hub Hospital " + tag;
        organization(hubId, "provider", hubName, "massachusetts");
        organization(id("s1"), "startup", "Alpha Health " + tag, "massachusetts");
        organization(id("s2"), "startup", "Beta Salut " + tag, "catalonia");
        organization(id("s3"), "startup", "Gamma Care " + tag, "yorkshire");
        need("n1", "s1", "remote-monitoring", "cardiology");
        need("n2", "s2", "telehealth", "respiratory");
        need("n3", "s3", "remote-monitoring", "respiratory");
        need("n4", "s1", "data-analytics-ai", "cardiology");
        need("n5", "s2", "remote-monitoring", "diabetes-endocrinology");
        opportunity("o1", "remote-monitoring", "cardiology");
        opportunity("o2", "telehealth", "respiratory");
        opportunity("o3", "data-analytics-ai", "oncology");

        introduction(
                "A",
                "n1",
                "o1",
                "startup",
                0,
                85.0,
                step("approved", 2),
                step("accepted", 3),
                step("meeting-held", 8),
                step("pilot-agreed", 18),
                step("pilot-completed", 70),
                step("contract-signed", 75));
        introduction(
                "B",
                "n2",
                "o1",
                "startup",
                1,
                65.0,
                step("approved", 5),
                step("accepted", 8),
                step("pilot-agreed", 28),
                step("closed-no-fit", 40));
        introduction(
                "C",
                "n3",
                "o1",
                "startup",
                2,
                45.0,
                step("approved", 8),
                declined("declined-by-recipient", 10, "no-capacity"));
        introduction("D", "n4", "o1", "startup", 3, 30.0, step("approved", 13), step("expired", 27));
        introduction("E", "n2", "o2", "startup", 4, 10.0, declined("declined-by-program", 5, "too-early"));
        introduction("F", "n3", "o2", "startup", 5, null, step("withdrawn", 8));
        introduction("G", "n1", "o2", "provider", 6, 55.0, step("approved", 8), step("withdrawn", 9));
        introduction(
                "H",
                "n5",
                "o2",
                "startup",
                7,
                70.0,
                step("information-requested", 8),
                step("resubmitted", 10),
                step("approved", 11),
                step("accepted", 12));
        introduction("J", "n1", "o2", "startup", 60, 50.0);
        introduction("K", "n4", "o2", "startup", 68, 75.0, step("approved", 70));
        introduction("L", "n5", "o1", "startup", 77, 90.0, step("approved", 79));
    }

    /** The time of day {@code days} after {@link #base}. */
    public Instant day(double days) {
        return base.plus(Duration.ofMinutes(Math.round(days * 24 * 60)));
    }

    /** The set's external id for one of its records ({@code "s2"}, {@code "A"}, ...). */
    public String id(String name) {
        return "hist-" + tag + "-" + name;
    }

    /** Writes the set as a data set directory and returns it. */
    public Path write(Path directory) {
        try {
            Files.createDirectories(directory);
            lines(directory.resolve("organizations.jsonl"), organizations);
            lines(directory.resolve("needs.jsonl"), needs);
            lines(directory.resolve("opportunities.jsonl"), opportunities);
            lines(directory.resolve("introductions.jsonl"), introductions);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void organization(String id, String type, String name, String region) {
        organizations.add(Map.of(
                "id", id,
                "type", type,
                "name", name,
                "description", "An organization of the insight test set.",
                "region", region,
                "listedInDirectory", false));
    }

    private void need(String name, String startup, String category, String clinicalArea) {
        needs.add(Map.ofEntries(
                Map.entry("id", id(name)),
                Map.entry("organizationId", id(startup)),
                Map.entry("title", "Need " + name + " " + tag),
                Map.entry("description", "A need of the insight test set about " + category + " " + tag + "."),
                Map.entry("sought", List.of("pilot-site")),
                Map.entry("categories", List.of(category)),
                Map.entry("clinicalAreas", List.of(clinicalArea)),
                Map.entry("careSettings", List.of("home")),
                Map.entry("stage", "pilot-ready"),
                Map.entry("regions", List.of("anywhere"))));
    }

    private void opportunity(String name, String category, String clinicalArea) {
        opportunities.add(Map.of(
                "id", id(name),
                "organizationId", hubId,
                "title", "Opportunity " + name + " " + tag,
                "description", "A pilot opportunity of the insight test set about " + category + " " + tag + ".",
                "categories", List.of(category),
                "clinicalAreas", List.of(clinicalArea),
                "careSettings", List.of("home")));
    }

    @SafeVarargs
    private void introduction(
            String name,
            String need,
            String opportunity,
            String requester,
            int requestedDay,
            Double score,
            Map<String, Object>... steps) {
        Map<String, Object> line = new java.util.LinkedHashMap<>();
        line.put("id", id(name));
        line.put("needId", id(need));
        line.put("opportunityId", id(opportunity));
        line.put("requester", requester);
        line.put("message", "Introduction " + name + " of the insight test set.");
        line.put("requestedAt", day(requestedDay).toString());
        if (score != null) {
            line.put("matchScore", score);
        }
        line.put("steps", List.of(steps));
        introductions.add(line);
    }

    private Map<String, Object> step(String step, int day) {
        return Map.of("step", step, "at", day(day).toString());
    }

    private Map<String, Object> declined(String step, int day, String reason) {
        return Map.of("step", step, "at", day(day).toString(), "reason", reason);
    }

    private static void lines(Path file, List<Map<String, Object>> records) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Map<String, Object> record : records) {
            text.append(JSON.writeValueAsString(record)).append('\n');
        }
        Files.writeString(file, text);
    }
}
