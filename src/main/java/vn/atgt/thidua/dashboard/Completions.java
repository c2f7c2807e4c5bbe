package vn.atgt.thidua.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.atgt.thidua.report.CompletionCount;
import vn.atgt.thidua.report.ReportCompletions;

/**
 * Completion of a campaign's approved targets as of a day, as the report module counts it in one SQL aggregate
 * ({@link ReportCompletions}, which says how a target is judged met, on track or behind): the tallies by task area, by
 * unit, by unit and task area and in total, and the suggested indicators summed across units, indexed for the pages.
 * Nothing is counted here.
 */
public record Completions(List<TaskAreaCompletion> taskAreas, Map<Long, Tally> byUnit,
		Map<Long, Map<Long, Tally>> byUnitAndArea, Tally total) {

	/** The counts, the campaign's task areas in their order (those without targets included). */
	public static Completions of(List<CompletionCount> counts) {
		List<CompletionCount> areas = new ArrayList<>();
		Map<Long, Tally> byUnit = new HashMap<>();
		Map<Long, Map<Long, Tally>> byUnitAndArea = new HashMap<>();
		List<IndicatorSum> sums = new ArrayList<>();
		Tally total = Tally.EMPTY;
		for (CompletionCount c : counts) {
			Tally tally = new Tally(c.targets(), c.met(), c.onTrack(), c.behind());
			switch (c.level()) {
				case UNIT_AREA -> byUnitAndArea.computeIfAbsent(c.unitId(), k -> new HashMap<>()).put(c.taskAreaId(), tally);
				case AREA -> areas.add(c);
				case UNIT -> byUnit.put(c.unitId(), tally);
				case TOTAL -> total = tally;
				case INDICATOR -> sums.add(new IndicatorSum(c.suggestedIndicatorId(), c.taskAreaId(), c.name(),
						c.unitOfMeasure(), c.direction(), zero(c.achieved()), zero(c.target()), c.targets()));
			}
		}
		List<TaskAreaCompletion> completions = new ArrayList<>();
		areas.sort(Comparator.comparing(CompletionCount::taskAreaNumber));
		for (CompletionCount area : areas) {
			List<IndicatorSum> indicators = sums.stream()
				.filter(s -> s.taskAreaId().equals(area.taskAreaId()))
				.sorted(Comparator.comparing(IndicatorSum::name))
				.toList();
			completions.add(new TaskAreaCompletion(area.taskAreaId(), area.taskAreaNumber(), area.name(),
					new Tally(area.targets(), area.met(), area.onTrack(), area.behind()), indicators));
		}
		return new Completions(completions, byUnit, byUnitAndArea, total);
	}

	/** The task area's tally (empty when it has no approved target or is not among the counts). */
	public Tally area(Long taskAreaId) {
		return taskAreas.stream().filter(a -> a.id().equals(taskAreaId)).map(TaskAreaCompletion::tally).findFirst()
			.orElse(Tally.EMPTY);
	}

	/** The unit's tally (empty when it has no approved target). */
	public Tally unit(Long unitId) {
		return byUnit.getOrDefault(unitId, Tally.EMPTY);
	}

	/** The unit's tally under one task area. */
	public Tally unit(Long unitId, Long taskAreaId) {
		return byUnitAndArea.getOrDefault(unitId, Map.of()).getOrDefault(taskAreaId, Tally.EMPTY);
	}

	private static BigDecimal zero(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}
}
