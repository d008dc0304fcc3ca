package org.marketaccess.portal.insight.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * One table on the page: its title, an optional chart drawn from it, the grid of its numbers (the
 * chart's text alternative) and a link to download it as CSV.
 */
class TableView extends Composite<Div> {

    final Grid<List<Object>> grid = new Grid<>();
    final Anchor csv;

    TableView(Table table, byte[] chartSvg, String fileSuffix, Locale locale) {
        Div content = getContent();
        content.addClassName("insight-table");
        content.setId("insight-" + table.id());
        content.add(new H4(table.title()));
        if (chartSvg != null) {
            Image chart = new Image(
                    DownloadHandler.fromInputStream(event -> new DownloadResponse(
                                    new ByteArrayInputStream(chartSvg),
                                    table.id() + ".svg",
                                    "image/svg+xml",
                                    chartSvg.length))
                            .inline(),
                    getTranslation("insight.chart.alt", table.title()));
            chart.addClassName("insight-chart");
            content.add(chart);
        }
        for (int i = 0; i < table.columns().size(); i++) {
            int column = i;
            Table.Column definition = table.columns().get(i);
            var added = grid.addColumn(row -> TableFormat.display(row.get(column), definition.kind(), locale))
                    .setHeader(definition.header())
                    .setAutoWidth(column != 0)
                    .setFlexGrow(column == 0 ? 1 : 0)
                    .setTextAlign(
                            definition.kind() == Table.Kind.TEXT
                                    ? com.vaadin.flow.component.grid.ColumnTextAlign.START
                                    : com.vaadin.flow.component.grid.ColumnTextAlign.END);
            if (column == 0) {
                // the name column takes the room that is left, but never so little that it reads as a
                // column of single words (on a phone the grid scrolls sideways instead)
                added.setWidth("16rem");
            }
        }
        grid.setItems(table.rows());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("insight.empty"));
        byte[] file = csv(table);
        csv = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(file),
                        table.id() + "-" + fileSuffix + ".csv",
                        "text/csv; charset=UTF-8",
                        file.length)),
                getTranslation("insight.download.csv"));
        csv.addClassName("insight-csv");
        content.add(grid, csv);
    }

    private static byte[] csv(Table table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            // a byte order mark, so that spreadsheets read the file as UTF-8
            out.write('\uFEFF');
            TableFormat.csv(table, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
