package vn.atgt.thidua.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's score as the pages read it: its status, the office's latest reason, when it was submitted, the exclusion
 * the office recorded (with its note), the council's meeting date and minutes once final, its lines by criterion id and its history.
 */
public record ScoreView(Long id, Long campaignId, Long unitId, ScoreStatus status, String officeNote,
		Instant firstSubmittedAt, Instant lastSubmittedAt, Long exclusionId, String exclusionNote,
		LocalDate finalMeetingDate, String finalMinutes, long version,
		Map<Long, LineView> lines, List<ScoreStep> history) {

	public ScoreView {
		lines = Map.copyOf(lines);
		history = List.copyOf(history);
	}

	public LineView line(Long criterionId) {
		return lines.get(criterionId);
	}

	public boolean excluded() {
		return exclusionId != null;
	}

	/** The unit's own values by criterion. */
	public Map<Long, BigDecimal> selfValues() {
		Map<Long, BigDecimal> values = new HashMap<>();
		lines.forEach((id, line) -> {
			if (line.selfPoints() != null) {
				values.put(id, line.selfPoints());
			}
		});
		return values;
	}

	public boolean isFinal() {
		return status == ScoreStatus.FINAL;
	}

	/** The values the ranking uses, by criterion: the final ones once final, else the reviewed ones. */
	public Map<Long, BigDecimal> officialValues() {
		Map<Long, BigDecimal> values = new HashMap<>();
		lines.forEach((id, line) -> {
			BigDecimal v = isFinal() ? line.official() : line.counted();
			if (v != null) {
				values.put(id, v);
			}
		});
		return values;
	}

	/** The values that count once reviewed, by criterion. */
	public Map<Long, BigDecimal> countedValues() {
		Map<Long, BigDecimal> values = new HashMap<>();
		lines.forEach((id, line) -> {
			if (line.counted() != null) {
				values.put(id, line.counted());
			}
		});
		return values;
	}
}
