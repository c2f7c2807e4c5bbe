package vn.atgt.thidua.report;

import java.util.List;

import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;

/** What the unit wrote breaks {@link ReportRules}: every problem, each for its field; nothing was written. */
public class InvalidReportException extends DomainException {

	private final transient List<FieldException> problems;

	public InvalidReportException(List<FieldException> problems) {
		super("form.hasErrors");
		this.problems = List.copyOf(problems);
	}

	public List<FieldException> problems() {
		return problems;
	}
}
