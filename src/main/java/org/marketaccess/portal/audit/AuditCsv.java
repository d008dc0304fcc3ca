package org.marketaccess.portal.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import org.marketaccess.portal.shared.Csv;

/** Audit entries as CSV ({@link Csv}'s rules): one header line, then one line per entry. */
final class AuditCsv {

    static final String HEADER =
            "id,occurred_at,actor,action,subject_type,subject_id,subject_name,before,after,reason,details";

    private final Writer out;
    private final Csv csv;

    AuditCsv(Writer out) {
        this.out = out;
        this.csv = new Csv(out);
    }

    void header() throws IOException {
        out.write(HEADER);
        out.write("\r\n");
    }

    void row(AuditEntry entry) throws IOException {
        csv.row(Arrays.asList(
                Long.toString(entry.id()),
                entry.occurredAt() == null ? null : entry.occurredAt().toString(),
                entry.actor(),
                entry.action(),
                entry.subjectType(),
                entry.subjectId(),
                entry.subjectName(),
                entry.before(),
                entry.after(),
                entry.reason(),
                entry.details()));
    }
}
