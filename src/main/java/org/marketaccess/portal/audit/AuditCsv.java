package org.marketaccess.portal.audit;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes audit entries as RFC 4180 CSV: CRLF line ends, a field in double quotes when it holds a
 * comma, a quote, CR or LF, quotes doubled. A field that a spreadsheet would run as a formula gets a
 * leading apostrophe, so an actor named {@code =HYPERLINK(...)} stays text (CSV injection).
 */
final class AuditCsv {

    static final String HEADER = "id,occurred_at,actor,action,subject_type,subject_id,before,after,reason,details";

    private final Writer out;

    AuditCsv(Writer out) {
        this.out = out;
    }

    void header() throws IOException {
        out.write(HEADER);
        out.write("\r\n");
    }

    void row(AuditEntry entry) throws IOException {
        String[] fields = {
            Long.toString(entry.id()),
            entry.occurredAt() == null ? null : entry.occurredAt().toString(),
            entry.actor(),
            entry.action(),
            entry.subjectType(),
            entry.subjectId(),
            entry.before(),
            entry.after(),
            entry.reason(),
            entry.details()
        };
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields[i]));
        }
        out.write("\r\n");
    }

    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = startsLikeAFormula(value) ? "'" + value : value;
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static boolean startsLikeAFormula(String value) {
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }
}
