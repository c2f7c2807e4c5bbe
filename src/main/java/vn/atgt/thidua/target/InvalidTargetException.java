package vn.atgt.thidua.target;

import java.util.List;

import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;

/** A target broke one or more of {@link TargetRules}: every problem, each beside its field. */
public class InvalidTargetException extends DomainException {

	private final transient List<FieldException> problems;

	public InvalidTargetException(List<FieldException> problems) {
		super(problems.get(0).messageKey(), problems.get(0).arguments());
		this.problems = List.copyOf(problems);
	}

	public List<FieldException> problems() {
		return problems;
	}
}
