package vn.atgt.thidua.scoring;

import java.util.Map;

/**
 * What a score form sends, as typed, by criterion id: the points (occurrences for a deduction) and a comment, and for
 * the unit the evidence it points to. Maps may be null or miss ids; {@link ScoreRules} reads them.
 */
public record ScoreInput(Map<Long, String> points, Map<Long, String> comments, Map<Long, String> evidence) {

	public ScoreInput {
		points = points == null ? Map.of() : points;
		comments = comments == null ? Map.of() : comments;
		evidence = evidence == null ? Map.of() : evidence;
	}
}
