package org.marketaccess.portal.insight.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Worksheet;

/**
 * Every table of the dashboard in one spreadsheet (XLSX, written by fastexcel): a sheet per table
 * named by its id (short and the same in every language), its title in the first row and the
 * period and filters in the second, the headers in bold under them, numbers as numbers (shares
 * formatted as percentages, days with one decimal).
 */
final class Workbook {

    /** Excel's limit on sheet names. */
    private static final int SHEET_NAME_MAX = 31;

    private Workbook() {}

    static void write(List<Table> tables, String description, OutputStream out) throws IOException {
        org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "Market Access Portal", "1.0");
        Set<String> names = new HashSet<>();
        for (Table table : tables) {
            Worksheet sheet = workbook.newWorksheet(sheetName(table.id(), names));
            sheet.value(0, 0, table.title());
            sheet.style(0, 0).bold().set();
            sheet.value(1, 0, description);
            for (int column = 0; column < table.columns().size(); column++) {
                sheet.value(3, column, table.columns().get(column).header());
                sheet.style(3, column).bold().set();
                sheet.width(column, column == 0 ? 40 : 16);
            }
            for (int row = 0; row < table.rows().size(); row++) {
                List<Object> values = table.rows().get(row);
                for (int column = 0; column < values.size(); column++) {
                    cell(
                            sheet,
                            4 + row,
                            column,
                            values.get(column),
                            table.columns().get(column).kind());
                }
            }
        }
        workbook.finish();
    }

    private static void cell(Worksheet sheet, int row, int column, Object value, Table.Kind kind) {
        if (value == null) {
            return;
        }
        switch (kind) {
            case TEXT -> sheet.value(row, column, value.toString());
            case COUNT -> sheet.value(row, column, ((Number) value).longValue());
            case SHARE -> {
                sheet.value(row, column, ((Number) value).doubleValue());
                sheet.style(row, column).format("0.0%").set();
            }
            case DAYS, SCORE -> {
                sheet.value(row, column, ((Number) value).doubleValue());
                sheet.style(row, column).format("0.0").set();
            }
        }
    }

    /** A unique sheet name within Excel's rules (no []:*?/\, at most 31 characters). */
    static String sheetName(String title, Set<String> taken) {
        String base = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        base = base.length() > SHEET_NAME_MAX
                ? base.substring(0, SHEET_NAME_MAX).strip()
                : base;
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase()); n++) {
            String suffix = " " + n;
            name = (base.length() + suffix.length() > SHEET_NAME_MAX
                            ? base.substring(0, SHEET_NAME_MAX - suffix.length())
                            : base)
                    + suffix;
        }
        return name;
    }
}
