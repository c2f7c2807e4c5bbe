package vn.atgt.thidua.report;

import java.math.BigDecimal;

import vn.atgt.thidua.registration.TargetView;

/**
 * One target's line in a report: the target, what the unit entered for the period ({@code periodValue}, or
 * {@code milestoneDone}) with its comment, the standing office's comment from the latest return, and what earlier
 * accepted reports of the same cadence add up to ({@code earlierValue}: their sum; {@code latestEarlierValue}: the
 * value of the latest of them; {@code doneEarlier}: one of them says the milestone is done). {@code entryId} is null
 * for a target approved after the report was started and not answered yet.
 */
public record EntryView(Long entryId, TargetView target, BigDecimal periodValue, Boolean milestoneDone,
		String comment, String reviewComment, BigDecimal earlierValue, BigDecimal latestEarlierValue,
		boolean doneEarlier) {

	public Long targetId() {
		return target.id();
	}

	public boolean isMilestone() {
		return target.isMilestone();
	}

	/** True when the unit answered: a value, or done / not done. */
	public boolean filled() {
		return isMilestone() ? milestoneDone != null : periodValue != null;
	}

	/**
	 * The cumulative value (lũy kế): this period's value plus the earlier accepted ones; for a percentage the value of
	 * this period, else of the latest accepted one (a rate is not summed). Null when there is none at all.
	 */
	public BigDecimal cumulative() {
		if (isMilestone()) {
			return null;
		}
		if (target.isPercent()) {
			return periodValue != null ? periodValue : latestEarlierValue;
		}
		if (periodValue == null && earlierValue == null) {
			return null;
		}
		return (periodValue == null ? BigDecimal.ZERO : periodValue)
			.add(earlierValue == null ? BigDecimal.ZERO : earlierValue);
	}

	/** Done in this period or in an earlier accepted one. */
	public boolean done() {
		return Boolean.TRUE.equals(milestoneDone) || doneEarlier;
	}

	/** Cumulative value ÷ target in percent (one decimal). */
	public BigDecimal completionPercent() {
		return isMilestone() ? null : Completion.percent(cumulative(), target.targetValue());
	}

	public Outcome outcome() {
		return isMilestone() ? (filled() || doneEarlier ? Completion.ofMilestone(done()) : null)
				: Completion.of(target.direction(), cumulative(), target.targetValue());
	}
}
