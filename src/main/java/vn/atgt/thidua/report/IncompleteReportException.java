package vn.atgt.thidua.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.FieldProblemsException;

/**
 * A submission refused because some targets have no answer yet; nothing was written. Each is named beside its field
 * of the report form ({@code values[targetId]}, or {@code done[targetId]} for a milestone), and the form as a whole
 * says how many are missing ({@link #SUBMISSION} is no field of the form, so the page shows it at the top).
 */
public class IncompleteReportException extends FieldProblemsException {

	/** The "field" of the message about the submission as a whole. */
	public static final String SUBMISSION = "submission";
	/** The message beside each entry without an answer. */
	public static final String ENTRY_MISSING = "report.entry.missing";

	private final transient List<Long> missingTargetIds;

	/** @param missing the targets without an answer in the report's order, each true when it is a milestone */
	public IncompleteReportException(Map<Long, Boolean> missing) {
		super("report.submit.incomplete", new Object[] { missing.size() }, problems(missing));
		this.missingTargetIds = List.copyOf(missing.keySet());
	}

	private static List<FieldException> problems(Map<Long, Boolean> missing) {
		List<FieldException> problems = new ArrayList<>();
		missing.forEach((targetId, milestone) -> problems.add(new FieldException(field(targetId, milestone),
				ENTRY_MISSING)));
		problems.add(new FieldException(SUBMISSION, "report.submit.incomplete", missing.size()));
		return problems;
	}

	/** The field of the report form that answers a target. */
	public static String field(Long targetId, boolean milestone) {
		return (milestone ? "done[" : "values[") + targetId + "]";
	}

	public List<Long> missingTargetIds() {
		return missingTargetIds;
	}
}
