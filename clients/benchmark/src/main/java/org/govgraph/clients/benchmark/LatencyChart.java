package org.govgraph.clients.benchmark;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The latency chart next to the report: per query, the p50 and p99 at the fixed rate of the API and of the floor,
 * as bars on a logarithmic millisecond axis (the floor is often ten times faster). Drawn headless.
 */
final class LatencyChart {

	/** The smallest latency the axis shows, in ms: the histogram's resolution is 1 µs. */
	private static final double FLOOR_MILLIS = 0.01;

	private LatencyChart() {
	}

	static void write(List<QueryResult> results, int rate, Path file) throws IOException {
		System.setProperty("java.awt.headless", "true");
		var data = new DefaultCategoryDataset();
		for (var r : results) {
			data.addValue(visible(r.api().latency().p50()), "API p50", r.name());
			data.addValue(visible(r.floor().latency().p50()), "floor p50", r.name());
			data.addValue(visible(r.api().latency().p99()), "API p99", r.name());
			data.addValue(visible(r.floor().latency().p99()), "floor p99", r.name());
		}
		double smallest = Double.MAX_VALUE;
		double largest = FLOOR_MILLIS;
		for (var r : results) {
			for (double v : new double[] { r.api().latency().p50(), r.floor().latency().p50(), r.api().latency().p99(),
					r.floor().latency().p99() }) {
				smallest = Math.min(smallest, visible(v));
				largest = Math.max(largest, visible(v));
			}
		}
		var axis = new LogAxis("latency, ms (log scale)");
		axis.setSmallestValue(FLOOR_MILLIS);
		axis.setBase(10);
		axis.setTickUnit(new NumberTickUnit(1));
		axis.setMinorTickCount(9);
		axis.setMinorTickMarksVisible(true);
		axis.setNumberFormatOverride(new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)));
		axis.setRange(decadeBelow(smallest), decadeAbove(largest));
		var renderer = new BarRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setBase(FLOOR_MILLIS);
		renderer.setItemMargin(0.02);
		renderer.setSeriesPaint(0, new Color(0x1f77b4));
		renderer.setSeriesPaint(1, new Color(0xff7f0e));
		renderer.setSeriesPaint(2, new Color(0x9ecae1));
		renderer.setSeriesPaint(3, new Color(0xfdd0a2));
		var categories = new CategoryAxis("query");
		categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		var plot = new CategoryPlot(data, categories, axis, renderer);
		plot.setOrientation(PlotOrientation.VERTICAL);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		var chart = new JFreeChart("Latency at " + rate + " requests/s: API and floor",
				new Font(Font.SANS_SERIF, Font.BOLD, 16), plot, true);
		chart.setBackgroundPaint(Color.WHITE);
		ChartUtils.saveChartAsPNG(file.toFile(), chart, 1200, 600);
	}

	/** The power of ten at or below the value. */
	static double decadeBelow(double value) {
		return Math.pow(10, Math.floor(Math.log10(value)));
	}

	/** The power of ten above the value (a tenth more, so the tallest bar does not touch the top). */
	static double decadeAbove(double value) {
		return Math.pow(10, Math.ceil(Math.log10(value * 1.1)));
	}

	private static double visible(double millis) {
		return Math.max(millis, FLOOR_MILLIS);
	}

}
