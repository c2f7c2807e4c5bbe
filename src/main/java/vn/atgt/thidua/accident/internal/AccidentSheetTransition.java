package vn.atgt.thidua.accident.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.atgt.thidua.accident.SheetAction;
import vn.atgt.thidua.accident.SheetStatus;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.persistence.HistoryStep;
import vn.atgt.thidua.common.persistence.NotAudited;

/** One step in the life of a month's figures, written once and never changed: it is a history of its own. */
@Entity
@Table(name = "accident_sheet_transitions")
@NotAudited
public class AccidentSheetTransition extends HistoryStep {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "sheet_id", updatable = false)
	private AccidentSheet sheet;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20, updatable = false)
	private SheetAction action;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", length = 20, updatable = false)
	private SheetStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, length = 20, updatable = false)
	private SheetStatus toStatus;

	@Column(length = 1000, updatable = false)
	private String reason;

	protected AccidentSheetTransition() {
	}

	AccidentSheetTransition(AccidentSheet sheet, SheetAction action, SheetStatus fromStatus, SheetStatus toStatus,
			String reason, Actor actor) {
		super(actor);
		this.sheet = sheet;
		this.action = action;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.reason = reason;
	}
}
