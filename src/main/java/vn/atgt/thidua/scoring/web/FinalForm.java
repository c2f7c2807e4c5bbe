package vn.atgt.thidua.scoring.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.scoring.ScoreInput;
import vn.atgt.thidua.scoring.ScoreView;

/**
 * The leadership's form for the final score: the council's meeting date (dd/MM/yyyy) and minutes reference, and per
 * criterion id the final points (filled in with the reviewed ones) and a reason where they differ. The required
 * date and minutes are checked by the entity, so that every problem comes back beside its field in one answer.
 */
record FinalForm(String meetingDate, String minutes, Map<Long, String> points, Map<Long, String> comments,
		@NotNull(message = "{validation.staleForm}") Long version) {

	FinalForm {
		points = points == null ? new HashMap<>() : new HashMap<>(points);
		comments = comments == null ? new HashMap<>() : new HashMap<>(comments);
	}

	/** Starts from what the office reviewed. */
	static FinalForm of(ScoreView score) {
		FinalForm form = new FinalForm("", "", null, null, score.version());
		score.lines().forEach((id, line) -> {
			form.points().put(id, Numbers.format(line.counted()));
			form.comments().put(id, "");
		});
		return form;
	}

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	/**
	 * The meeting date as typed (null when empty, for the entity to ask for it). Read here rather than bound, so that
	 * a date that is not one comes back as a field error with the rest of the form kept.
	 * @throws FieldException {@code meetingDate} when it is not a dd/MM/yyyy date
	 */
	LocalDate date() {
		if (meetingDate == null || meetingDate.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(meetingDate.strip(), DATE);
		}
		catch (DateTimeParseException e) {
			throw new FieldException("meetingDate", "scoring.final.dateInvalid");
		}
	}

	ScoreInput input() {
		return new ScoreInput(points, comments, null);
	}
}
