package vn.atgt.thidua.registration;

import java.util.List;

import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.FieldProblemsException;

/** A target broke one or more of {@link TargetRules}: every problem, each beside its field. */
public class InvalidTargetException extends FieldProblemsException {

	public InvalidTargetException(List<FieldException> problems) {
		super(problems.get(0).messageKey(), problems.get(0).arguments(), problems);
	}
}
