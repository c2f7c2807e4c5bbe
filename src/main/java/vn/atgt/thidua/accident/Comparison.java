package vn.atgt.thidua.accident;

/**
 * Figures of a period (or a sum of periods) beside those of the same period of the baseline year; either side is null
 * when it has no confirmed figures, and then there is nothing to compare ("chưa có số liệu", never a zero).
 */
public record Comparison(AccidentFigures current, AccidentFigures baseline) {

	public static final Comparison EMPTY = new Comparison(null, null);

	public boolean hasCurrent() {
		return current != null;
	}

	public boolean hasBaseline() {
		return baseline != null;
	}

	/** True when both sides have figures. */
	public boolean isComplete() {
		return current != null && baseline != null;
	}

	/** The change of the criterion, or null when a side has no figures. */
	public Change change(Criterion criterion) {
		return isComplete() ? new Change(criterion.of(current), criterion.of(baseline)) : null;
	}

	public Integer current(Criterion criterion) {
		return current == null ? null : criterion.of(current);
	}

	public Integer baseline(Criterion criterion) {
		return baseline == null ? null : criterion.of(baseline);
	}
}
