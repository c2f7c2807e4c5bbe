package vn.atgt.thidua.accident.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.atgt.thidua.accident.SheetAction;
import vn.atgt.thidua.accident.SheetStatus;
import vn.atgt.thidua.common.persistence.NotAudited;

/** One step in the life of a month's figures, written once and never changed: it is a history of its own. */
@Entity
@Table(name = "accident_sheet_transitions")
@NotAudited
public class AccidentSheetTransition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

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

	@Column(name = "changed_at", nullable = false, updatable = false)
	private Instant changedAt;

	@Column(name = "changed_by", nullable = false, length = 60, updatable = false)
	private String changedBy;

	@Column(name = "changed_by_name", length = 150, updatable = false)
	private String changedByName;

	protected AccidentSheetTransition() {
	}

	AccidentSheetTransition(AccidentSheet sheet, SheetAction action, SheetStatus fromStatus, SheetStatus toStatus,
			String reason, Actor actor) {
		this.sheet = sheet;
		this.action = action;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.reason = reason;
		this.changedAt = actor.at();
		this.changedBy = actor.username();
		this.changedByName = actor.name();
	}

	public Long getId() {
		return id;
	}
}
