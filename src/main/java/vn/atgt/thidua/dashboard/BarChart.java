package vn.atgt.thidua.dashboard;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

import vn.atgt.thidua.accident.Criterion;
import vn.atgt.thidua.accident.MonthComparison;

/**
 * A bar chart of one accident criterion by month, drawn as inline SVG by the page (no script, so that it prints): per
 * month a bar for the campaign's year and one for the same month of the baseline year, scaled to the largest value.
 * A month without confirmed figures has no bar and says so ({@code current} or {@code baseline} null: "chưa có số
 * liệu", never 0). The numbers are in the table beside it, the chart's text alternative.
 */
public record BarChart(Criterion criterion, int width, int height, int axisY, List<Group> groups) {

	static final int PLOT_TOP = 16;
	static final int PLOT_HEIGHT = 110;
	static final int GROUP_WIDTH = 48;
	static final int BAR_WIDTH = 18;
	static final int LEFT = 8;

	/** One month: its label ("7/2024"), its two values and where their bars are drawn. */
	public record Group(String label, Integer current, Integer baseline, int x, int currentY, int currentHeight,
			int baselineY, int baselineHeight) {

		public int labelX() {
			return x + BAR_WIDTH + 1;
		}

		public int baselineX() {
			return x;
		}

		public int currentX() {
			return x + BAR_WIDTH + 2;
		}
	}

	/** The chart of the criterion over the months, in their order. */
	public static BarChart of(Criterion criterion, List<MonthComparison> months) {
		int max = 1;
		for (MonthComparison m : months) {
			max = Math.max(max, value(m.comparison().current(criterion)));
			max = Math.max(max, value(m.comparison().baseline(criterion)));
		}
		int axisY = PLOT_TOP + PLOT_HEIGHT;
		List<Group> groups = new ArrayList<>();
		for (int i = 0; i < months.size(); i++) {
			MonthComparison m = months.get(i);
			Integer current = m.comparison().current(criterion);
			Integer baseline = m.comparison().baseline(criterion);
			int currentHeight = height(current, max);
			int baselineHeight = height(baseline, max);
			groups.add(new Group(m.period().monthLabel(), current, baseline, LEFT + i * GROUP_WIDTH,
					axisY - currentHeight, currentHeight, axisY - baselineHeight, baselineHeight));
		}
		return new BarChart(criterion, LEFT * 2 + Math.max(1, months.size()) * GROUP_WIDTH, axisY + 22, axisY,
				groups);
	}

	/**
	 * What the chart's {@code <svg>} holds: the axis, then per month its bars, their values ("–" without figures) and
	 * its label. Written here rather than by the template, where the five elements of 3 charts × 24 months were some
	 * 700 expressions evaluated per view of the dashboard (a fifth of its rendering); only numbers and the escaped
	 * month label go in.
	 */
	public String svg() {
		StringBuilder out = new StringBuilder(160 + groups.size() * 420);
		out.append("<line class=\"axis\" x1=\"0\" y1=\"").append(axisY).append("\" x2=\"").append(width)
			.append("\" y2=\"").append(axisY).append("\"/>");
		for (Group g : groups) {
			out.append("<g>");
			if (g.baseline() != null) {
				bar(out, "bar-baseline", g.baselineX(), g.baselineY(), g.baselineHeight());
			}
			if (g.current() != null) {
				bar(out, "bar-current", g.currentX(), g.currentY(), g.currentHeight());
			}
			text(out, "bar-value", g.baselineX() + BAR_WIDTH / 2, g.baselineY() - 3, value(g.baseline(), "–"));
			text(out, "bar-value bar-value-current", g.currentX() + BAR_WIDTH / 2, g.currentY() - 3,
					value(g.current(), "–"));
			text(out, "bar-label", g.labelX(), axisY + 14, HtmlUtils.htmlEscape(g.label()));
			out.append("</g>");
		}
		return out.toString();
	}

	private static void bar(StringBuilder out, String css, int x, int y, int height) {
		out.append("<rect class=\"").append(css).append("\" x=\"").append(x).append("\" y=\"").append(y)
			.append("\" width=\"").append(BAR_WIDTH).append("\" height=\"").append(height).append("\"/>");
	}

	private static void text(StringBuilder out, String css, int x, int y, String text) {
		out.append("<text class=\"").append(css).append("\" text-anchor=\"middle\" x=\"").append(x)
			.append("\" y=\"").append(y).append("\">").append(text).append("</text>");
	}

	private static String value(Integer value, String none) {
		return value == null ? none : value.toString();
	}

	private static int height(Integer value, int max) {
		return value == null ? 0 : Math.round(value * (float) PLOT_HEIGHT / max);
	}

	private static int value(Integer value) {
		return value == null ? 0 : value;
	}
}
