package vn.atgt.thidua.common;

import java.util.List;

/**
 * Several fields of one form broke the rules at once: every problem, each to be shown beside its field; nothing was
 * written.
 */
public class FieldProblemsException extends DomainException {

	private final transient List<FieldException> problems;

	protected FieldProblemsException(String messageKey, Object[] arguments, List<FieldException> problems) {
		super(messageKey, arguments);
		this.problems = List.copyOf(problems);
	}

	public List<FieldException> problems() {
		return problems;
	}
}
