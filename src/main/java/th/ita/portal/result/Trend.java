package th.ita.portal.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The scores over the years as a chart drawn on the server: coordinates of an SVG of a fixed
 * size, scores 0–100 upwards, years left to right (oldest first). A year without a score leaves a
 * gap in its line; a single year is a single point per series.
 */
public record Trend(List<YearPoint> years) {

	static final int WIDTH = 640;

	static final int HEIGHT = 300;

	static final int LEFT = 48;

	static final int RIGHT_MARGIN = 24;

	static final int TOP = 16;

	static final int BOTTOM_MARGIN = 64;

	/** One year's figures: overall, each tool, and the confirmed result. */
	public record YearPoint(int year, BigDecimal overall, BigDecimal iit, BigDecimal eit, BigDecimal oit, String result) {
	}

	public record Point(int year, double x, double y) {

		public String triangle() {
			return coords(this.x, this.y - 6) + " " + coords(this.x - 5.5, this.y + 4.5) + " " + coords(this.x + 5.5, this.y + 4.5);
		}

		public String diamond() {
			return coords(this.x, this.y - 6) + " " + coords(this.x + 6, this.y) + " " + coords(this.x, this.y + 6) + " "
					+ coords(this.x - 6, this.y);
		}

	}

	public record GridLine(int value, double y) {
	}

	/** One line of the chart: its message key suffix, look, points, and the polylines between them. */
	public record Series(String key, String colour, String dash, String marker, List<Point> points, List<String> runs) {
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

	public int left() {
		return LEFT;
	}

	public int right() {
		return WIDTH - RIGHT_MARGIN;
	}

	public int bottom() {
		return HEIGHT - BOTTOM_MARGIN;
	}

	public int firstYear() {
		return this.years.get(0).year();
	}

	public int lastYear() {
		return this.years.get(this.years.size() - 1).year();
	}

	public List<GridLine> grid() {
		List<GridLine> lines = new ArrayList<>();
		for (int v = 0; v <= 100; v += 20) {
			lines.add(new GridLine(v, y(BigDecimal.valueOf(v))));
		}
		return lines;
	}

	public List<Point> xLabels() {
		List<Point> labels = new ArrayList<>();
		for (int i = 0; i < this.years.size(); i++) {
			labels.add(new Point(this.years.get(i).year(), x(i), bottom()));
		}
		return labels;
	}

	public List<Series> series() {
		return List.of(series("overall", "#1b4f8a", "none", "circle", YearPoint::overall),
				series("iit", "#b35c00", "6 3", "square", YearPoint::iit),
				series("eit", "#2e7d32", "2 3", "triangle", YearPoint::eit),
				series("oit", "#7b1fa2", "10 4 2 4", "diamond", YearPoint::oit));
	}

	private Series series(String key, String colour, String dash, String marker, Function<YearPoint, BigDecimal> value) {
		List<Point> points = new ArrayList<>();
		List<String> runs = new ArrayList<>();
		StringBuilder run = new StringBuilder();
		int inRun = 0;
		for (int i = 0; i < this.years.size(); i++) {
			BigDecimal v = value.apply(this.years.get(i));
			if (v == null) {
				inRun = flush(runs, run, inRun);
				continue;
			}
			Point p = new Point(this.years.get(i).year(), x(i), y(v));
			points.add(p);
			run.append(inRun++ == 0 ? "" : " ").append(coords(p.x(), p.y()));
		}
		flush(runs, run, inRun);
		return new Series(key, colour, dash, marker, points, runs);
	}

	private static int flush(List<String> runs, StringBuilder run, int inRun) {
		if (inRun > 1) {
			runs.add(run.toString());
		}
		run.setLength(0);
		return 0;
	}

	private double x(int index) {
		int n = this.years.size();
		double span = right() - LEFT - 40;
		return (n == 1) ? (LEFT + right()) / 2.0 : LEFT + 20 + span * index / (n - 1);
	}

	private double y(BigDecimal value) {
		double plot = bottom() - TOP;
		return TOP + plot * (100 - value.doubleValue()) / 100;
	}

	static String coords(double x, double y) {
		return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
	}

}
