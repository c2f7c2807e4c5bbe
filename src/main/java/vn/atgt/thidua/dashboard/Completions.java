package vn.atgt.thidua.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.TaskAreaView;
import vn.atgt.thidua.registration.TargetKind;
import vn.atgt.thidua.report.TargetProgressRow;

/**
 * Completion of a campaign's approved targets as of a day, from the report module's progress rows (every unit's
 * approved targets with what their accepted reports add up to, two SQL queries): each target judged by
 * {@link TargetStanding}, counted by task area, by unit and by unit and task area, and the suggested indicators summed
 * across units. Pure arithmetic over the rows, so that it is checked by hand in unit tests.
 */
public record Completions(List<TaskAreaCompletion> taskAreas, Map<Long, Tally> byUnit,
		Map<Long, Map<Long, Tally>> byUnitAndArea, Tally total) {

	/** The completion of the rows (of any units) under the campaign's task areas, as of {@code today}. */
	public static Completions of(CampaignView campaign, List<TaskAreaView> areas, List<TargetProgressRow> rows,
			LocalDate today) {
		BigDecimal elapsed = elapsedPercent(campaign.startDate(), campaign.endDate(), today);
		Map<Long, Tally> byArea = new HashMap<>();
		Map<Long, Tally> byUnit = new LinkedHashMap<>();
		Map<Long, Map<Long, Tally>> byUnitAndArea = new HashMap<>();
		Map<Long, IndicatorSum> sums = new LinkedHashMap<>();
		Tally total = Tally.EMPTY;
		for (TargetProgressRow row : rows) {
			TargetStanding standing = TargetStanding.of(row, elapsed, today);
			byArea.merge(row.taskAreaId(), Tally.EMPTY.plus(standing), Tally::plus);
			byUnit.merge(row.unitId(), Tally.EMPTY.plus(standing), Tally::plus);
			byUnitAndArea.computeIfAbsent(row.unitId(), k -> new HashMap<>())
				.merge(row.taskAreaId(), Tally.EMPTY.plus(standing), Tally::plus);
			total = total.plus(standing);
			if (row.suggestedIndicatorId() != null && row.kind() == TargetKind.QUANTITATIVE
					&& !"%".equals(row.unitOfMeasure() == null ? null : row.unitOfMeasure().strip())) {
				sums.merge(row.suggestedIndicatorId(), sum(row), Completions::add);
			}
		}
		List<TaskAreaCompletion> completions = new ArrayList<>();
		for (TaskAreaView area : areas) {
			List<IndicatorSum> indicators = sums.values().stream()
				.filter(s -> s.taskAreaId().equals(area.id()))
				.sorted(Comparator.comparing(IndicatorSum::name))
				.toList();
			completions.add(new TaskAreaCompletion(area, byArea.getOrDefault(area.id(), Tally.EMPTY), indicators));
		}
		return new Completions(completions, byUnit, byUnitAndArea, total);
	}

	/** The unit's tally (empty when it has no approved target). */
	public Tally unit(Long unitId) {
		return byUnit.getOrDefault(unitId, Tally.EMPTY);
	}

	/** The unit's tally under one task area. */
	public Tally unit(Long unitId, Long taskAreaId) {
		return byUnitAndArea.getOrDefault(unitId, Map.of()).getOrDefault(taskAreaId, Tally.EMPTY);
	}

	/** The share of the campaign's days gone by {@code today} (that day included), 0–100 with one decimal. */
	static BigDecimal elapsedPercent(LocalDate start, LocalDate end, LocalDate today) {
		if (today.isBefore(start)) {
			return BigDecimal.ZERO;
		}
		long days = ChronoUnit.DAYS.between(start, end) + 1;
		long gone = Math.min(days, ChronoUnit.DAYS.between(start, today) + 1);
		return BigDecimal.valueOf(gone * 100).divide(BigDecimal.valueOf(days), 1, RoundingMode.HALF_UP);
	}

	private static IndicatorSum sum(TargetProgressRow row) {
		return new IndicatorSum(row.suggestedIndicatorId(), row.taskAreaId(), row.indicatorName(), row.unitOfMeasure(),
				row.direction(), zero(row.cumulativeValue()), zero(row.targetValue()), 1);
	}

	private static IndicatorSum add(IndicatorSum a, IndicatorSum b) {
		return new IndicatorSum(a.suggestedIndicatorId(), a.taskAreaId(), a.name(), a.unitOfMeasure(), a.direction(),
				a.achieved().add(b.achieved()), a.target().add(b.target()), a.units() + b.units());
	}

	private static BigDecimal zero(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}
}
