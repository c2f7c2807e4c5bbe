package vn.atgt.thidua.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.registration.TargetDirection;
import vn.atgt.thidua.report.internal.CompletionCountRow;
import vn.atgt.thidua.report.internal.CompletionRepository;

/**
 * A door of the report module for the dashboards: where the approved targets of a campaign stand as of a day, counted
 * by the database in one statement whatever the number of units (no target list travels to Java).
 * <p>
 * A target is <b>met</b> when its value reaches its target ("at least", "exactly": reached or exceeded), stays within
 * its limit ("at most", a reduction target such as "≤ 12 vụ") or, a milestone, an accepted report says it is done;
 * <b>on track</b> when not met but the share reached (value ÷ target, one decimal) is at least the share of the
 * campaign's days gone, or a milestone whose due date has not passed; otherwise <b>behind</b> (an "at most" target over
 * its limit cannot be undone). The value is what {@link ReportService#progress(Long)} calls the cumulative value: the
 * sum of the accepted reports of the campaign's main cadence, the latest of them for a percentage, zero when none.
 */
@Service
@Transactional(readOnly = true)
public class ReportCompletions {

	private static final List<Long> NO_UNIT = List.of(-1L);

	private final CompletionRepository completions;

	ReportCompletions(CompletionRepository completions) {
		this.completions = completions;
	}

	/**
	 * The counts of the campaign's approved targets as of {@code today}: of the given units ({@code null}: every unit)
	 * and under one task area ({@code null}: every task area), at every {@link CompletionCount.Level}. The caller scopes
	 * by user.
	 */
	public List<CompletionCount> counts(CampaignView campaign, Collection<Long> unitIds, Long taskAreaId,
			LocalDate today) {
		boolean anyUnit = unitIds == null;
		Collection<Long> units = anyUnit || unitIds.isEmpty() ? NO_UNIT : unitIds;
		return completions.counts(campaign.id(), anyUnit, units, taskAreaId == null, taskAreaId, today,
				elapsedPercent(campaign.startDate(), campaign.endDate(), today))
			.stream()
			.map(ReportCompletions::count)
			.toList();
	}

	/** The share of the campaign's days gone by {@code today} (that day included), 0–100 with one decimal. */
	public static BigDecimal elapsedPercent(LocalDate start, LocalDate end, LocalDate today) {
		if (today.isBefore(start)) {
			return BigDecimal.ZERO;
		}
		long days = ChronoUnit.DAYS.between(start, end) + 1;
		long gone = Math.min(days, ChronoUnit.DAYS.between(start, today) + 1);
		return BigDecimal.valueOf(gone * 100).divide(BigDecimal.valueOf(days), 1, RoundingMode.HALF_UP);
	}

	private static CompletionCount count(CompletionCountRow row) {
		return new CompletionCount(CompletionCount.Level.valueOf(row.getLevel().strip()), row.getUnitId(), row.getTaskAreaId(),
				row.getSuggestedIndicatorId(), number(row.getTargets()), number(row.getMet()),
				number(row.getOnTrack()), number(row.getBehind()), row.getAchieved(), row.getTargetSum(),
				row.getName(), row.getUnitOfMeasure(),
				row.getDirection() == null ? null : TargetDirection.valueOf(row.getDirection().strip()),
				row.getTaskAreaNumber());
	}

	private static int number(Number value) {
		return value == null ? 0 : value.intValue();
	}
}
