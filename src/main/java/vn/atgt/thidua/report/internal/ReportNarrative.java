package vn.atgt.thidua.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.atgt.thidua.common.persistence.AuditedEntity;
import vn.atgt.thidua.report.ReportContent.NarrativeInput;
import vn.atgt.thidua.report.ReportRules;

/**
 * What the unit did under one task area (by id) in the period (DOMAIN.md §3.6): activities, results, difficulties and
 * proposals. It changes only through its report.
 */
@Entity
@Table(name = "report_narratives")
public class ReportNarrative extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "report_id", updatable = false)
	private ProgressReport report;

	@Column(name = "task_area_id", nullable = false, updatable = false)
	private Long taskAreaId;

	@Column(length = ReportRules.TEXT_MAX)
	private String activities;

	@Column(length = ReportRules.TEXT_MAX)
	private String results;

	@Column(length = ReportRules.TEXT_MAX)
	private String difficulties;

	@Column(length = ReportRules.TEXT_MAX)
	private String proposals;

	protected ReportNarrative() {
	}

	ReportNarrative(ProgressReport report, Long taskAreaId) {
		this.report = report;
		this.taskAreaId = taskAreaId;
	}

	/** Writes the parts given; a null part is left as it is, a blank one is cleared. */
	void write(NarrativeInput input) {
		this.activities = input.activities() == null ? activities : ReportRules.clean(input.activities());
		this.results = input.results() == null ? results : ReportRules.clean(input.results());
		this.difficulties = input.difficulties() == null ? difficulties : ReportRules.clean(input.difficulties());
		this.proposals = input.proposals() == null ? proposals : ReportRules.clean(input.proposals());
	}

	boolean isEmpty() {
		return activities == null && results == null && difficulties == null && proposals == null;
	}

	public Long getTaskAreaId() {
		return taskAreaId;
	}
}
