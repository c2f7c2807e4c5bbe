package vn.atgt.thidua.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.persistence.HistoryStep;
import vn.atgt.thidua.common.persistence.NotAudited;
import vn.atgt.thidua.report.ReportAction;
import vn.atgt.thidua.report.ReportStatus;

/** One step of a report's life, written once and never changed: it is a history of its own. */
@Entity
@Table(name = "report_transitions")
@NotAudited
public class ReportTransition extends HistoryStep {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "report_id", updatable = false)
	private ProgressReport report;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20, updatable = false)
	private ReportAction action;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", length = 20, updatable = false)
	private ReportStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, length = 20, updatable = false)
	private ReportStatus toStatus;

	@Column(length = 2000, updatable = false)
	private String reason;

	@Column(name = "late_days", updatable = false)
	private Integer lateDays;

	protected ReportTransition() {
	}

	ReportTransition(ProgressReport report, ReportAction action, ReportStatus fromStatus, ReportStatus toStatus,
			String reason, Integer lateDays, Actor actor) {
		super(actor);
		this.report = report;
		this.action = action;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.reason = reason;
		this.lateDays = lateDays;
	}
}
