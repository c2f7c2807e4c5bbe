package vn.atgt.thidua.report;

import java.math.BigDecimal;
import java.time.LocalDate;

import vn.atgt.thidua.campaign.Cadence;
import vn.atgt.thidua.registration.TargetDirection;
import vn.atgt.thidua.registration.TargetKind;

/**
 * One approved target of a unit with what its accepted reports add up to (the year-end report, scoring and dashboards
 * read it). {@code cumulativeValue} is the sum of the values of the accepted reports of the campaign's main reporting
 * {@code cadence} (for a percentage target, the value of the latest of them instead); zero when none is accepted yet.
 * {@code milestoneDone} is true when an accepted report says the milestone is done. {@code acceptedReports} counts the
 * accepted reports that answer the target; {@code asOf} is the last day of the latest of their periods (null when
 * none). {@code suggestedIndicatorId} is set when the target is the standing office's suggested indicator, so that
 * the targets and values of several units can be summed (the dashboard's "842 / 1.050 buổi").
 */
public record TargetProgressRow(Long unitId, Long targetId, Long taskAreaId, TargetKind kind, String indicatorName,
		String unitOfMeasure, TargetDirection direction, BigDecimal targetValue, LocalDate dueDate, Cadence cadence,
		BigDecimal cumulativeValue, boolean milestoneDone, int acceptedReports, LocalDate asOf,
		Long suggestedIndicatorId) {

	public boolean isMilestone() {
		return kind == TargetKind.MILESTONE;
	}

	/** Cumulative value ÷ target in percent (one decimal); null for a milestone or a zero target. */
	public BigDecimal completionPercent() {
		return isMilestone() ? null : Completion.percent(cumulativeValue, targetValue);
	}

	/** Where the target stands as of {@link #asOf()}: reached, exceeded, within or over the limit, done or not. */
	public Outcome outcome() {
		return isMilestone() ? Completion.ofMilestone(milestoneDone)
				: Completion.of(direction, cumulativeValue, targetValue);
	}
}
