package vn.atgt.thidua.monitoring.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.monitoring.NotificationKind;
import vn.atgt.thidua.monitoring.NotificationService;
import vn.atgt.thidua.report.ReportAccepted;
import vn.atgt.thidua.report.ReportReopened;
import vn.atgt.thidua.report.ReportReturned;
import vn.atgt.thidua.report.ReportSubmitted;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * Tells the people concerned when a progress report moves: the standing office when a unit submits (with its
 * lateness), the unit when the office accepts, returns or reopens it; each notification links to the report. Runs
 * just before the workflow's transaction commits, so a notification exists exactly when the step it reports does.
 */
@Component
class ReportNotifications {

	private final NotificationService notifications;
	private final CampaignService campaigns;
	private final UnitService units;

	ReportNotifications(NotificationService notifications, CampaignService campaigns, UnitService units) {
		this.notifications = notifications;
		this.campaigns = campaigns;
		this.units = units;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void submitted(ReportSubmitted event) {
		notifications.notifyStandingOffice(units.find(event.unitId()).map(UnitSummary::committeeId).orElse(null),
				NotificationKind.SUBMISSION_RECEIVED, link(event.reportId()),
				event.lateDays() > 0 ? "notification.report.submittedLate" : "notification.report.submitted",
				units.nameOf(event.unitId()), period(event.periodId()), event.lateDays());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void accepted(ReportAccepted event) {
		notifications.notifyUnit(event.unitId(), NotificationKind.ITEM_ACCEPTED, link(event.reportId()),
				"notification.report.accepted", period(event.periodId()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void returned(ReportReturned event) {
		notifications.notifyUnit(event.unitId(), NotificationKind.ITEM_RETURNED, link(event.reportId()),
				"notification.report.returned", period(event.periodId()), event.reason());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void reopened(ReportReopened event) {
		notifications.notifyUnit(event.unitId(), NotificationKind.ITEM_REOPENED, link(event.reportId()),
				"notification.report.reopened", period(event.periodId()), event.reason());
	}

	private static String link(Long reportId) {
		return "/reports/" + reportId;
	}

	private String period(Long periodId) {
		return campaigns.period(periodId).map(PeriodView::name).orElse("");
	}
}
