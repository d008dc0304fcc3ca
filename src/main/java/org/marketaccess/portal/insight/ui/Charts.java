package org.marketaccess.portal.insight.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * The dashboard's charts, drawn on the server as SVG (JFreeChart into JFreeSVG) from the same
 * {@link Table} that is shown beside them: the first column names the categories, the chosen
 * numeric columns are the series.
 */
final class Charts {

    static final int WIDTH = 720;
    static final int HEIGHT = 360;

    /** The portal's accent first, then colours that stay apart for the colour-blind (Okabe–Ito). */
    private static final Color[] PALETTE = {
        new Color(0x0b6e6e),
        new Color(0xE69F00),
        new Color(0x56B4E9),
        new Color(0xCC79A7),
        new Color(0x009E73),
        new Color(0xD55E00),
        new Color(0x0072B2),
        new Color(0x999999)
    };

    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private Charts() {}

    /** Bars per category, one bar per series column; horizontal reads better with long labels. */
    static byte[] bars(Table table, boolean horizontal, boolean stacked, int... seriesColumns) {
        DefaultCategoryDataset data = dataset(table, seriesColumns);
        JFreeChart chart = stacked
                ? ChartFactory.createStackedBarChart(
                        null, null, null, data, orientation(horizontal), seriesColumns.length > 1, false, false)
                : ChartFactory.createBarChart(
                        null, null, null, data, orientation(horizontal), seriesColumns.length > 1, false, false);
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.12);
        paint(chart, horizontal, table.rows().size());
        scale(chart, table, seriesColumns);
        return svg(chart, horizontal ? Math.max(HEIGHT, 60 + 28 * table.rows().size()) : HEIGHT);
    }

    /** Lines over the categories (months), one per series column. */
    static byte[] lines(Table table, int... seriesColumns) {
        JFreeChart chart = ChartFactory.createLineChart(
                null, null, null, dataset(table, seriesColumns), PlotOrientation.VERTICAL, true, false, false);
        LineAndShapeRenderer renderer =
                (LineAndShapeRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setDefaultShapesVisible(true);
        for (int series = 0; series < seriesColumns.length; series++) {
            renderer.setSeriesStroke(series, new BasicStroke(2.5f));
        }
        paint(chart, false, table.rows().size());
        scale(chart, table, seriesColumns);
        return svg(chart, HEIGHT);
    }

    private static DefaultCategoryDataset dataset(Table table, int... seriesColumns) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (List<Object> row : table.rows()) {
            String category = String.valueOf(row.getFirst());
            for (int column : seriesColumns) {
                Object value = row.get(column);
                Table.Kind kind = table.columns().get(column).kind();
                double number =
                        value == null ? 0 : ((Number) value).doubleValue() * (kind == Table.Kind.SHARE ? 100 : 1);
                data.addValue(number, table.columns().get(column).header(), category);
            }
        }
        return data;
    }

    private static void paint(JFreeChart chart, boolean horizontal, int categories) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.getDomainAxis().setTickLabelFont(FONT);
        plot.getRangeAxis().setTickLabelFont(FONT);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        if (!horizontal && categories > 6) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        for (int series = 0; series < PALETTE.length; series++) {
            plot.getRenderer().setSeriesPaint(series, PALETTE[series]);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(FONT);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
    }

    /** Counts step by whole numbers; shares read as percentages. */
    private static void scale(JFreeChart chart, Table table, int... seriesColumns) {
        NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        Table.Kind kind = table.columns().get(seriesColumns[0]).kind();
        if (kind == Table.Kind.COUNT) {
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        } else if (kind == Table.Kind.SHARE) {
            axis.setLabel("%");
            axis.setLabelFont(FONT);
        }
    }

    private static PlotOrientation orientation(boolean horizontal) {
        return horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL;
    }

    private static byte[] svg(JFreeChart chart, int height) {
        SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, height);
        chart.draw(graphics, new Rectangle2D.Double(0, 0, WIDTH, height));
        // a view box, so that the picture scales with the page (phones included)
        String element = graphics.getSVGElement(null, true, new ViewBox(0, 0, WIDTH, height), null, null);
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element).getBytes(StandardCharsets.UTF_8);
    }
}
