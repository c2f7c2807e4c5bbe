package vn.atgt.thidua.accident.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import vn.atgt.thidua.accident.AccidentFigures;
import vn.atgt.thidua.accident.AccidentPeriod;
import vn.atgt.thidua.accident.SheetAction;
import vn.atgt.thidua.accident.SheetScope;
import vn.atgt.thidua.accident.SheetStatus;
import vn.atgt.thidua.campaign.AccidentPeriodConvention;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.persistence.AuditedEntity;

/**
 * The figures of one accident month for a committee's area, and the rules that guard them: they change only while a
 * draft; the standing office confirms them, which locks them; a reopen needs a reason. The classification rule is
 * chosen once, by the period's dates, and never changes (2023 figures are never reclassified). Every step is recorded.
 */
@Entity
@Table(name = "accident_sheets")
public class AccidentSheet extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "root_area_id", nullable = false, updatable = false)
	private Long rootAreaId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20, updatable = false)
	private AccidentPeriodConvention convention;

	@Column(name = "period_year", nullable = false, updatable = false)
	private int periodYear;

	@Column(name = "period_month", nullable = false, updatable = false)
	private int periodMonth;

	@Column(name = "start_date", nullable = false, updatable = false)
	private LocalDate startDate;

	@Column(name = "end_date", nullable = false, updatable = false)
	private LocalDate endDate;

	@Column(name = "rule_id", nullable = false, updatable = false)
	private Long ruleId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private SheetScope scope;

	@Column(nullable = false, length = 500)
	private String source;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private SheetStatus status;

	@Column(name = "entered_at", nullable = false)
	private Instant enteredAt;

	@Column(name = "entered_by", nullable = false, length = 60)
	private String enteredBy;

	@Column(name = "entered_by_name", length = 150)
	private String enteredByName;

	@Column(name = "confirmed_at")
	private Instant confirmedAt;

	@Column(name = "confirmed_by", length = 60)
	private String confirmedBy;

	@Column(name = "confirmed_by_name", length = 150)
	private String confirmedByName;

	@OneToMany(mappedBy = "sheet", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<AccidentSheetLine> lines = new ArrayList<>();

	@OneToMany(mappedBy = "sheet", cascade = CascadeType.PERSIST)
	private List<AccidentSheetTransition> history = new ArrayList<>();

	protected AccidentSheet() {
	}

	/** A new draft for the area's month, counted under the rule in force for it. */
	public AccidentSheet(Long rootAreaId, AccidentPeriod period, Long ruleId) {
		this.rootAreaId = Objects.requireNonNull(rootAreaId);
		this.convention = period.convention();
		this.periodYear = period.year();
		this.periodMonth = period.monthValue();
		this.startDate = period.firstDay();
		this.endDate = period.lastDay();
		this.ruleId = Objects.requireNonNull(ruleId);
		this.status = SheetStatus.DRAFT;
	}

	/**
	 * Replaces the figures (typed on the entry screen or imported): one line per area of {@code figures}; lines of
	 * areas no longer listed go, the others are updated in place so that the audit trail shows what changed.
	 * @throws DomainException {@code accident.sheet.confirmed} once the figures are confirmed
	 */
	public void record(SheetScope newScope, String newSource, Map<Long, AccidentFigures> figures, SheetAction action,
			Actor actor) {
		if (status == SheetStatus.CONFIRMED) {
			throw new DomainException("accident.sheet.confirmed");
		}
		if (figures.isEmpty()) {
			throw new DomainException("accident.sheet.empty");
		}
		Map<Long, AccidentSheetLine> existing = new HashMap<>();
		lines.forEach(line -> existing.put(line.getAreaId(), line));
		lines.removeIf(line -> !figures.containsKey(line.getAreaId()));
		figures.forEach((areaId, values) -> {
			AccidentSheetLine line = existing.get(areaId);
			if (line == null) {
				lines.add(new AccidentSheetLine(this, areaId, values));
			}
			else {
				line.update(values);
			}
		});
		SheetStatus from = enteredAt == null ? null : status;
		this.scope = Objects.requireNonNull(newScope);
		this.source = Objects.requireNonNull(newSource);
		this.enteredAt = actor.at();
		this.enteredBy = actor.username();
		this.enteredByName = actor.name();
		history.add(new AccidentSheetTransition(this, action, from, status, null, actor));
	}

	/**
	 * The standing office confirms the figures: from now on they count in comparisons and cannot change.
	 * @throws DomainException {@code accident.confirm.notDraft} unless a draft
	 */
	public void confirm(Actor actor) {
		if (status != SheetStatus.DRAFT) {
			throw new DomainException("accident.confirm.notDraft");
		}
		history.add(new AccidentSheetTransition(this, SheetAction.CONFIRMED, status, SheetStatus.CONFIRMED, null,
				actor));
		status = SheetStatus.CONFIRMED;
		confirmedAt = actor.at();
		confirmedBy = actor.username();
		confirmedByName = actor.name();
	}

	/**
	 * Opens confirmed figures again for correction; they stop counting until confirmed again.
	 * @throws DomainException {@code accident.reopen.notConfirmed} unless confirmed, {@code accident.reopen.reason}
	 *         without a reason
	 */
	public void reopen(String reason, Actor actor) {
		if (status != SheetStatus.CONFIRMED) {
			throw new DomainException("accident.reopen.notConfirmed");
		}
		if (reason == null || reason.isBlank()) {
			throw new DomainException("accident.reopen.reason");
		}
		history.add(new AccidentSheetTransition(this, SheetAction.REOPENED, status, SheetStatus.DRAFT, reason.strip(),
				actor));
		status = SheetStatus.DRAFT;
		confirmedAt = null;
		confirmedBy = null;
		confirmedByName = null;
	}

	public Long getId() {
		return id;
	}

	public Long getRootAreaId() {
		return rootAreaId;
	}

	public AccidentPeriod getPeriod() {
		return AccidentPeriod.of(convention, periodYear, periodMonth);
	}

	public Long getRuleId() {
		return ruleId;
	}

	public SheetScope getScope() {
		return scope;
	}

	public String getSource() {
		return source;
	}

	public SheetStatus getStatus() {
		return status;
	}

	public Instant getEnteredAt() {
		return enteredAt;
	}

	public String getEnteredBy() {
		return enteredBy;
	}

	public String getEnteredByName() {
		return enteredByName;
	}

	public Instant getConfirmedAt() {
		return confirmedAt;
	}

	public String getConfirmedByName() {
		return confirmedByName;
	}

	public String getConfirmedBy() {
		return confirmedBy;
	}

	public List<AccidentSheetLine> getLines() {
		return lines;
	}
}
