package org.marketaccess.portal.insight.ui;

import java.util.List;

/**
 * One table of the dashboard as people read it: a title, headed columns and rows of values. The
 * grid on the page, its CSV and its sheet of the workbook are all written from this one value, so
 * the three never disagree.
 */
record Table(String id, String title, List<Column> columns, List<List<Object>> rows) {

    Table {
        columns = List.copyOf(columns);
        rows = rows.stream()
                .map(row -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row)))
                .toList();
    }

    /** What a column holds, which decides how it is shown and exported. */
    enum Kind {
        TEXT,
        COUNT,
        /** a share from 0 to 1, shown as a percentage */
        SHARE,
        /** days, with one decimal */
        DAYS,
        /** a match score from 0 to 100 */
        SCORE
    }

    record Column(String header, Kind kind) {}

    static Column text(String header) {
        return new Column(header, Kind.TEXT);
    }

    static Column count(String header) {
        return new Column(header, Kind.COUNT);
    }

    static Column share(String header) {
        return new Column(header, Kind.SHARE);
    }

    static Column days(String header) {
        return new Column(header, Kind.DAYS);
    }

    static Column score(String header) {
        return new Column(header, Kind.SCORE);
    }
}
