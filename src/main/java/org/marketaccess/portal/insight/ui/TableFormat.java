package org.marketaccess.portal.insight.ui;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.marketaccess.portal.shared.Csv;

/** How a table's values read: on the page in the user's locale, and in CSV as plain numbers. */
final class TableFormat {

    private TableFormat() {}

    /** A value for the page: counts with grouping, shares as "62 %", days and scores with one decimal. */
    static String display(Object value, Table.Kind kind, Locale locale) {
        if (value == null) {
            return "–";
        }
        return switch (kind) {
            case TEXT -> value.toString();
            case COUNT -> NumberFormat.getIntegerInstance(locale).format(((Number) value).longValue());
            case SHARE -> NumberFormat.getPercentInstance(locale).format(((Number) value).doubleValue());
            case DAYS, SCORE -> {
                NumberFormat format = NumberFormat.getNumberInstance(locale);
                format.setMinimumFractionDigits(1);
                format.setMaximumFractionDigits(1);
                yield format.format(((Number) value).doubleValue());
            }
        };
    }

    /** A value for a file: shares as percentages, days and scores to one decimal, a dot as separator. */
    static String plain(Object value, Table.Kind kind) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case TEXT -> value.toString();
            case COUNT -> Long.toString(((Number) value).longValue());
            case SHARE -> oneDecimal(((Number) value).doubleValue() * 100);
            case DAYS, SCORE -> oneDecimal(((Number) value).doubleValue());
        };
    }

    /** RFC 4180 CSV of the table, headers first; a share column's header says it is in percent. */
    static void csv(Table table, Writer out) throws IOException {
        Csv csv = new Csv(out);
        csv.row(table.columns().stream()
                .map(column -> column.kind() == Table.Kind.SHARE ? column.header() + " (%)" : column.header())
                .toList());
        for (List<Object> row : table.rows()) {
            String[] fields = new String[row.size()];
            for (int i = 0; i < fields.length; i++) {
                fields[i] = plain(row.get(i), table.columns().get(i).kind());
            }
            csv.row(List.of(fields));
        }
    }

    private static String oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
