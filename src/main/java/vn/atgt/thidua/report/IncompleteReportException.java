package vn.atgt.thidua.report;

import java.util.List;

import vn.atgt.thidua.common.DomainException;

/** A submission refused because some targets have no answer yet (by target id); nothing was written. */
public class IncompleteReportException extends DomainException {

	private final transient List<Long> missingTargetIds;

	public IncompleteReportException(List<Long> missingTargetIds) {
		super("report.submit.incomplete", missingTargetIds.size());
		this.missingTargetIds = List.copyOf(missingTargetIds);
	}

	public List<Long> missingTargetIds() {
		return missingTargetIds;
	}
}
