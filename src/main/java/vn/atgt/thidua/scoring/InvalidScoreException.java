package vn.atgt.thidua.scoring;

import java.util.List;

import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.FieldProblemsException;

/** What was typed breaks {@link ScoreRules}: every problem, each for its field; nothing was written. */
public class InvalidScoreException extends FieldProblemsException {

	public InvalidScoreException(List<FieldException> problems) {
		super("form.hasErrors", new Object[0], problems);
	}
}
