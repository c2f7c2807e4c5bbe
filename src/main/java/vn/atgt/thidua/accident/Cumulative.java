package vn.atgt.thidua.accident;

/**
 * A sum over the campaign's months up to one of them (lũy kế), against the same months of the baseline year. Only the
 * months that have confirmed figures count ({@code monthsCounted} of {@code months}), so that like is compared with
 * like; when one of their baseline months has no figures the baseline side is unknown.
 */
public record Cumulative(Comparison comparison, int monthsCounted, int months) {

	public boolean isPartial() {
		return monthsCounted > 0 && monthsCounted < months;
	}

	public Change change(Criterion criterion) {
		return comparison.change(criterion);
	}

	public Integer current(Criterion criterion) {
		return comparison.current(criterion);
	}

	public Integer baseline(Criterion criterion) {
		return comparison.baseline(criterion);
	}
}
