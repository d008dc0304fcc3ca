package org.marketaccess.portal.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history file of decision 031, {@code history.jsonl} in a data set's directory: one decided
 * introduction request a line,
 *
 * <pre>
 * {"needId","opportunityId","requestedBy":"need|opportunity","requestedAt":"2026-03-02",
 *  "decidedAt":"2026-03-09","state":"INTRODUCED|DECLINED_BY_PROGRAM|DECLINED_BY_RECIPIENT|EXPIRED|WITHDRAWN",
 *  "reason":"not-relevant|too-early|no-capacity|missing-certification|missing-integration|other|null",
 *  "outcome":"MEETING_HELD|PILOT_AGREED|PILOT_COMPLETED|CONTRACT_SIGNED|CLOSED_NO_FIT|null"}
 * </pre>
 *
 * The evaluation command replays it; the portal exports its own history in it.
 */
public final class HistoryFile {

    public static final String NAME = "history.jsonl";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HistoryFile() {}

    public static List<DecidedPair> read(Path file) {
        List<DecidedPair> pairs = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode node = JSON.readTree(line);
                    pairs.add(new DecidedPair(
                            text(node, "needId"),
                            text(node, "opportunityId"),
                            !"opportunity".equals(text(node, "requestedBy")),
                            date(text(node, "requestedAt")),
                            date(text(node, "decidedAt")),
                            text(node, "state"),
                            text(node, "reason"),
                            text(node, "outcome")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return pairs;
    }

    public static void write(List<DecidedPair> pairs, Writer out) throws IOException {
        for (DecidedPair pair : pairs) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("needId", pair.needId());
            line.put("opportunityId", pair.opportunityId());
            line.put("requestedBy", pair.requestedByNeed() ? "need" : "opportunity");
            line.put(
                    "requestedAt",
                    pair.requestedAt() == null ? null : pair.requestedAt().toString());
            line.put(
                    "decidedAt",
                    pair.decidedAt() == null ? null : pair.decidedAt().toString());
            line.put("state", pair.state());
            line.put("reason", pair.reason());
            line.put("outcome", pair.outcome());
            out.write(JSON.writeValueAsString(line));
            out.write('\n');
        }
        out.flush();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank()
                ? null
                : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }
}
