package vn.atgt.thidua.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.atgt.thidua.report.CompletionCount;

/**
 * Counts of approved targets as the report module judges them ({@link vn.atgt.thidua.report.ReportCompletions}, in
 * SQL): how many, how many met, on track and behind, and the share met (one decimal; null when there is no target).
 */
public record Tally(int targets, int met, int onTrack, int behind) {

	public static final Tally EMPTY = new Tally(0, 0, 0, 0);

	/** The tally of a count of the report module (a unit's, a task area's or the total). */
	public static Tally of(CompletionCount count) {
		return new Tally(count.targets(), count.met(), count.onTrack(), count.behind());
	}

	public boolean isEmpty() {
		return targets == 0;
	}

	/** Targets met over targets, in per cent with one decimal; null without targets. */
	public BigDecimal metPercent() {
		return targets == 0 ? null
				: BigDecimal.valueOf(met * 100L).divide(BigDecimal.valueOf(targets), 1, RoundingMode.HALF_UP);
	}

	/** True when fewer than half of the targets are met or on track: the unit needs attention. */
	public boolean isLow() {
		return CompletionCount.isLow(targets, met, onTrack);
	}
}
