package vn.atgt.thidua.report;

import java.util.List;

import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.FieldProblemsException;

/** What the unit wrote breaks {@link ReportRules}: every problem, each for its field; nothing was written. */
public class InvalidReportException extends FieldProblemsException {

	public InvalidReportException(List<FieldException> problems) {
		super("form.hasErrors", new Object[0], problems);
	}
}
