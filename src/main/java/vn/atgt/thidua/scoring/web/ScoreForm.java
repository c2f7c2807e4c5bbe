package vn.atgt.thidua.scoring.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import vn.atgt.thidua.scoring.LineView;
import vn.atgt.thidua.scoring.ScoreInput;
import vn.atgt.thidua.scoring.ScoreView;

/**
 * A score form by criterion id: points as typed (occurrences for a deduction), a comment (the unit's explanation, or
 * the office's reason) and, for the unit, the evidence; {@code version} is the score's as the page showed it.
 */
record ScoreForm(Map<Long, String> points, Map<Long, String> comments, Map<Long, String> evidence,
		@NotNull(message = "{validation.staleForm}") Long version) {

	ScoreForm {
		points = points == null ? new HashMap<>() : new HashMap<>(points);
		comments = comments == null ? new HashMap<>() : new HashMap<>(comments);
		evidence = evidence == null ? new HashMap<>() : new HashMap<>(evidence);
	}

	/** The unit's form, showing its self-score. */
	static ScoreForm self(ScoreView score) {
		ScoreForm form = new ScoreForm(null, null, null, score.version());
		score.lines().forEach((id, line) -> {
			form.points().put(id, Numbers.format(line.selfPoints()));
			form.comments().put(id, line.selfComment() == null ? "" : line.selfComment());
			form.evidence().put(id, line.evidence() == null ? "" : line.evidence());
		});
		return form;
	}

	/** The office's form, starting from the reviewed values (the unit's where the office gave none). */
	static ScoreForm review(ScoreView score) {
		ScoreForm form = new ScoreForm(null, null, null, score.version());
		score.lines().forEach((id, line) -> {
			LineView l = line;
			form.points().put(id, Numbers.format(l.counted()));
			form.comments().put(id, l.reviewComment() == null ? "" : l.reviewComment());
		});
		return form;
	}

	ScoreInput input() {
		return new ScoreInput(points, comments, evidence);
	}
}
