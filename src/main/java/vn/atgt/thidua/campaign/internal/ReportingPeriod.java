package vn.atgt.thidua.campaign.internal;

import java.time.LocalDate;

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

import vn.atgt.thidua.campaign.Cadence;
import vn.atgt.thidua.common.persistence.AuditedEntity;

/** A reporting period of a campaign; the campaign checks its dates against the others of its cadence. */
@Entity
@Table(name = "campaign_periods")
public class ReportingPeriod extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "campaign_id")
	private Campaign campaign;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Cadence cadence;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "end_date", nullable = false)
	private LocalDate endDate;

	@Column(name = "due_date", nullable = false)
	private LocalDate dueDate;

	@Column(nullable = false)
	private boolean baseline;

	protected ReportingPeriod() {
	}

	ReportingPeriod(Campaign campaign, PeriodCalendar.Draft draft) {
		this.campaign = campaign;
		update(draft);
	}

	void update(PeriodCalendar.Draft draft) {
		this.cadence = draft.cadence();
		this.name = draft.name();
		this.startDate = draft.startDate();
		this.endDate = draft.endDate();
		this.dueDate = draft.dueDate();
		this.baseline = draft.baseline();
	}

	/** True when the two periods share at least one day. */
	boolean overlaps(LocalDate otherStart, LocalDate otherEnd) {
		return !startDate.isAfter(otherEnd) && !otherStart.isAfter(endDate);
	}

	PeriodCalendar.Draft toDraft() {
		return new PeriodCalendar.Draft(cadence, name, startDate, endDate, dueDate, baseline);
	}

	public Long getId() {
		return id;
	}

	public Campaign getCampaign() {
		return campaign;
	}

	public Cadence getCadence() {
		return cadence;
	}

	public String getName() {
		return name;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public boolean isBaseline() {
		return baseline;
	}
}
