package org.marketaccess.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The CSV rules, field by field, including the characters no login name can carry. */
class AuditCsvTest {

    @Test
    void plainTextIsWrittenAsItIs() {
        assertThat(AuditCsv.field("ORGANIZATION_VERIFIED")).isEqualTo("ORGANIZATION_VERIFIED");
        assertThat(AuditCsv.field("a b")).isEqualTo("a b");
        assertThat(AuditCsv.field(null)).isEmpty();
        assertThat(AuditCsv.field("")).isEmpty();
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        assertThat(AuditCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(AuditCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AuditCsv.field("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(AuditCsv.field("a\rb")).isEqualTo("\"a\rb\"");
    }

    @Test
    void whatASpreadsheetWouldRunAsAFormulaStaysText() {
        assertThat(AuditCsv.field("=1+2")).isEqualTo("'=1+2");
        assertThat(AuditCsv.field("+1")).isEqualTo("'+1");
        assertThat(AuditCsv.field("-1")).isEqualTo("'-1");
        assertThat(AuditCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditCsv.field("\t=1")).isEqualTo("'\t=1");
        assertThat(AuditCsv.field("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(AuditCsv.field("=SUM(A1,B1)")).isEqualTo("\"'=SUM(A1,B1)\"");
        assertThat(AuditCsv.field("a=1")).isEqualTo("a=1");
    }

    @Test
    void aRowHasTenFieldsAndEndsWithCrLf() throws IOException {
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
                "PENDING_VERIFICATION",
                "REJECTED",
                "Missing number, please add",
                null));

        assertThat(out.toString())
                .isEqualTo(AuditCsv.HEADER + "\r\n"
                        + "7,2024-01-02T03:04:05Z,pm@example.org,ORGANIZATION_REJECTED,ORGANIZATION,42,"
                        + "PENDING_VERIFICATION,REJECTED,\"Missing number, please add\",\r\n");
    }
}
