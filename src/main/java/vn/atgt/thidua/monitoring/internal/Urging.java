package vn.atgt.thidua.monitoring.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.persistence.HistoryStep;
import vn.atgt.thidua.common.persistence.NotAudited;
import vn.atgt.thidua.monitoring.ItemSelection;

/**
 * The standing office urged a unit (an urging notice from the late list): about what ({@link ItemSelection}), how many
 * late items that was, how many of the unit's people were notified. Sample rows are demo data.
 */
@Entity
@Table(name = "urgings")
@NotAudited
public class Urging extends HistoryStep {

	@Column(name = "campaign_id", nullable = false, updatable = false)
	private Long campaignId;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20, updatable = false)
	private ItemSelection.Scope scope;

	@Column(name = "period_id", updatable = false)
	private Long periodId;

	@Column(nullable = false, updatable = false)
	private int items;

	@Column(nullable = false, updatable = false)
	private int recipients;

	@Column(nullable = false, updatable = false)
	private boolean sample;

	protected Urging() {
	}

	public Urging(Long campaignId, Long unitId, ItemSelection selection, int items, int recipients, boolean sample,
			Actor actor) {
		super(actor);
		this.campaignId = campaignId;
		this.unitId = unitId;
		this.scope = selection.scope();
		this.periodId = selection.periodId();
		this.items = items;
		this.recipients = recipients;
		this.sample = sample;
	}

	public Long getUnitId() {
		return unitId;
	}

	public ItemSelection selection() {
		return new ItemSelection(scope, periodId);
	}

	public int getItems() {
		return items;
	}

	public int getRecipients() {
		return recipients;
	}

	public boolean isSample() {
		return sample;
	}
}
