package org.marketaccess.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An audit entry's CSV line (the field rules are {@code CsvTest}'s). */
class AuditCsvTest {

    @Test
    void aRowHasElevenFieldsAndEndsWithCrLf() throws IOException {
        StringWriter out = new StringWriter();
        AuditCsv csv = new AuditCsv(out);
        csv.header();
        csv.row(new AuditEntry(
                7,
                Instant.parse("2024-01-02T03:04:05Z"),
                "pm@example.org",
                "ORGANIZATION_REJECTED",
                "ORGANIZATION",
                "42",
                "Nightingale Remote Care",
                "PENDING_VERIFICATION",
                "REJECTED",
                "Missing number, please add",
                null));

        assertThat(out.toString())
                .isEqualTo(AuditCsv.HEADER + "\r\n"
                        + "7,2024-01-02T03:04:05Z,pm@example.org,ORGANIZATION_REJECTED,ORGANIZATION,42,Nightingale Remote Care,"
                        + "PENDING_VERIFICATION,REJECTED,\"Missing number, please add\",\r\n");
    }
}
