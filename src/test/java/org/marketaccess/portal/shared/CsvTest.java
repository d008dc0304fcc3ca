package org.marketaccess.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The CSV rules, field by field, including the characters no login name can carry. */
class CsvTest {

    @Test
    void plainTextIsWrittenAsItIs() {
        assertThat(Csv.field("ORGANIZATION_VERIFIED")).isEqualTo("ORGANIZATION_VERIFIED");
        assertThat(Csv.field("a b")).isEqualTo("a b");
        assertThat(Csv.field(null)).isEmpty();
        assertThat(Csv.field("")).isEmpty();
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.field("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(Csv.field("a\rb")).isEqualTo("\"a\rb\"");
    }

    @Test
    void whatASpreadsheetWouldRunAsAFormulaStaysText() {
        assertThat(Csv.field("=1+2")).isEqualTo("'=1+2");
        assertThat(Csv.field("+1")).isEqualTo("'+1");
        assertThat(Csv.field("-1")).isEqualTo("'-1");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.field("\t=1")).isEqualTo("'\t=1");
        assertThat(Csv.field("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(Csv.field("=SUM(A1,B1)")).isEqualTo("\"'=SUM(A1,B1)\"");
        assertThat(Csv.field("a=1")).isEqualTo("a=1");
    }

    @Test
    void aRowIsItsFieldsSeparatedByCommasEndingWithCrLf() throws IOException {
        StringWriter out = new StringWriter();
        new Csv(out).row(java.util.Arrays.asList("7", null, "a,b", "=1"));

        assertThat(out.toString()).isEqualTo("7,,\"a,b\",'=1\r\n");
    }
}
