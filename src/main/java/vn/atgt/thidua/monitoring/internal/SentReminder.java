package vn.atgt.thidua.monitoring.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.persistence.HistoryStep;
import vn.atgt.thidua.common.persistence.NotAudited;
import vn.atgt.thidua.monitoring.NotificationKind;

/**
 * The sent-log of the reminder job: one reminder of one kind sent to one unit about one item (its registration, or
 * its report for a period). The table's unique key on campaign, item, unit and kind makes a second sending fail.
 */
@Entity
@Table(name = "sent_reminders")
@NotAudited
public class SentReminder extends HistoryStep {

	static final String REGISTRATION = "REGISTRATION";

	@Column(name = "campaign_id", nullable = false, updatable = false)
	private Long campaignId;

	@Column(name = "period_id", updatable = false)
	private Long periodId;

	@Column(name = "item_key", nullable = false, length = 40, updatable = false)
	private String itemKey;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40, updatable = false)
	private NotificationKind kind;

	protected SentReminder() {
	}

	/** A reminder about a period's report, or about the registration when {@code periodId} is null. */
	public SentReminder(Long campaignId, Long periodId, Long unitId, NotificationKind kind, Actor actor) {
		super(actor);
		if (kind != NotificationKind.DEADLINE_APPROACHING && kind != NotificationKind.DEADLINE_OVERDUE) {
			throw new IllegalArgumentException("the reminder job sends only deadline reminders, not " + kind);
		}
		this.campaignId = campaignId;
		this.periodId = periodId;
		this.itemKey = itemKey(periodId);
		this.unitId = unitId;
		this.kind = kind;
	}

	/** How the log names an item: {@code REGISTRATION}, or {@code PERIOD-} and the period's id. */
	public static String itemKey(Long periodId) {
		return periodId == null ? REGISTRATION : "PERIOD-" + periodId;
	}

	public Long getCampaignId() {
		return campaignId;
	}

	public Long getPeriodId() {
		return periodId;
	}

	public Long getUnitId() {
		return unitId;
	}

	public NotificationKind getKind() {
		return kind;
	}
}
