package vn.atgt.thidua.registration;

import java.util.List;

/**
 * A unit's registration as its page shows it: its standing (status, submission dates, lateness), the reason of the
 * latest return or reopening ({@code officeNote}, shown until the unit submits again), its targets in task-area
 * order and its history. A unit that has not started has {@code id} null, no target and no history.
 */
public record RegistrationView(Long campaignId, Long unitId, String unitName, Long id, String officeNote,
		long version, RegistrationStatusRow standing, List<TargetView> targets,
		List<RegistrationTransitionRow> history) {

	public boolean started() {
		return id != null;
	}

	/** Null when the unit has not started. */
	public RegistrationStatus status() {
		return standing.status();
	}

	/** True while the unit may change its targets: not started yet, a draft, or returned. */
	public boolean editable() {
		return status() == null || status().isEditable();
	}

	/** The targets of one task area, in their order. */
	public List<TargetView> targetsIn(Long taskAreaId) {
		return targets.stream().filter(t -> t.taskAreaId().equals(taskAreaId)).toList();
	}

	/** True when one of the targets carries a comment of the standing office. */
	public boolean hasComments() {
		return targets.stream().anyMatch(t -> t.reviewComment() != null);
	}
}
