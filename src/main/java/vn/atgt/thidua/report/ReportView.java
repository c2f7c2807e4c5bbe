package vn.atgt.thidua.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import vn.atgt.thidua.campaign.PeriodView;

/**
 * A report as its page shows it: the unit and period, where it stands (status, first and latest submission, days late,
 * the office's decision and the reason of the latest return or reopening, shown until the unit submits again), its
 * entries in task-area order, its narratives by task area (id), the general difficulties and proposals, its evidence
 * and its history. {@code overdueDays} counts the days since the due date while the report is not in (null when it is
 * in or not due yet).
 */
public record ReportView(Long id, Long campaignId, Long unitId, String unitName, PeriodView period,
		ReportStatus status, long version, Instant firstSubmittedAt, Instant lastSubmittedAt, Integer lateDays,
		Instant decidedAt, String officeNote, boolean reopened, Integer overdueDays, String difficulties,
		String proposals, List<EntryView> entries, Map<Long, NarrativeView> narratives, List<EvidenceView> evidence,
		List<ReportTransitionRow> history) {

	/** What the access policy looks at. */
	public ReportScope scope() {
		return new ReportScope(id, campaignId, unitId, status);
	}

	public boolean editable() {
		return status.isEditable();
	}

	public boolean submitted() {
		return status.isSubmitted();
	}

	/** The entries of one task area, in their order. */
	public List<EntryView> entriesIn(Long taskAreaId) {
		return entries.stream().filter(e -> e.target().taskAreaId().equals(taskAreaId)).toList();
	}

	public NarrativeView narrative(Long taskAreaId) {
		return narratives.getOrDefault(taskAreaId, NarrativeView.empty(taskAreaId));
	}

	/** The evidence attached to a target's entry. */
	public List<EvidenceView> evidenceOf(Long targetId) {
		return evidence.stream().filter(v -> targetId.equals(v.targetId())).toList();
	}

	/** The evidence attached to the report as a whole. */
	public List<EvidenceView> reportEvidence() {
		return evidence.stream().filter(v -> v.targetId() == null).toList();
	}

	/** The entries still without an answer (what a submission would refuse). */
	public List<EntryView> missing() {
		return entries.stream().filter(e -> !e.filled()).toList();
	}

	/** The name of a target the report answers (null when it is not one of them). */
	public String targetName(Long targetId) {
		return entries.stream().filter(e -> e.targetId().equals(targetId)).map(e -> e.target().indicatorName())
			.findFirst().orElse(null);
	}

	/** True when an entry carries a comment of the standing office. */
	public boolean hasComments() {
		return entries.stream().anyMatch(e -> e.reviewComment() != null);
	}
}
