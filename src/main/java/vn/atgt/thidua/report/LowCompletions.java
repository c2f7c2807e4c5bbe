package vn.atgt.thidua.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The units of a campaign whose completion is low as of a day ({@link CompletionCount#isLow()}: fewer than half of
 * their approved targets met or on track), read by {@link ReportCompletions#lowCompletions}: their ids, in no
 * particular order, and each one's count (level {@code UNIT}).
 */
public record LowCompletions(Map<Long, CompletionCount> byUnit) {

	public static LowCompletions of(List<CompletionCount> unitCounts) {
		return new LowCompletions(Map.copyOf(unitCounts.stream().filter(CompletionCount::isLow)
			.collect(Collectors.toMap(CompletionCount::unitId, c -> c))));
	}

	/** The units' ids. */
	public List<Long> unitIds() {
		return List.copyOf(byUnit.keySet());
	}

	/** The unit's count when its completion is low. */
	public Optional<CompletionCount> of(Long unitId) {
		return Optional.ofNullable(byUnit.get(unitId));
	}
}
