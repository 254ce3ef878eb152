package org.ocaq.attendance;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The attendance rate across a term as an SVG line chart, drawn on the server with JFreeChart and JFreeSVG (no client
 * code; Vaadin Charts is commercial). The rate axis runs from 0 to 100 %; dates and numbers follow the reader's
 * locale. Needs only a headless AWT, which Spring Boot sets (java.awt.headless=true).
 */
public final class AttendanceChart {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 320;
    private static final Color LINE = new Color(0x1b, 0x6e, 0x5a);

    static {
        // Rotated labels (the rate axis) otherwise go through TextLayout and end up as outlines in the SVG: text a
        // screen reader, a search or a test cannot read.
        org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private AttendanceChart() {
    }

    /** The chart as a complete SVG document; days without marks are left out rather than drawn as 0 %. */
    public static String svg(List<RatePoint> series, String title, String timeAxis, String rateAxis, Locale locale) {
        TimeSeries rates = new TimeSeries(rateAxis);
        for (RatePoint point : series) {
            point.rate().ifPresent(rate -> rates.addOrUpdate(new Day(point.day().getDayOfMonth(),
                    point.day().getMonthValue(), point.day().getYear()), rate * 100));
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(title, timeAxis, rateAxis,
                new TimeSeriesCollection(rates), false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(210, 214, 220));
        plot.setDomainGridlinePaint(new Color(230, 232, 236));
        NumberAxis rateScale = (NumberAxis) plot.getRangeAxis();
        rateScale.setRange(0, 100);
        NumberFormat percent = NumberFormat.getIntegerInstance(locale);
        rateScale.setNumberFormatOverride(percent);
        DateAxis days = (DateAxis) plot.getDomainAxis();
        SimpleDateFormat dayFormat = new SimpleDateFormat("d MMM", locale);
        dayFormat.setTimeZone(TimeZone.getDefault());
        days.setDateFormatOverride(dayFormat);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, LINE);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        plot.setRenderer(renderer);

        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(svg, new Rectangle(0, 0, WIDTH, HEIGHT));
        return svg.getSVGDocument();
    }
}
