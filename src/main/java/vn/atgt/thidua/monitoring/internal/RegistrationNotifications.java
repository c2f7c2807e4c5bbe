package vn.atgt.thidua.monitoring.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.monitoring.NotificationKind;
import vn.atgt.thidua.monitoring.NotificationService;
import vn.atgt.thidua.registration.RegistrationApproved;
import vn.atgt.thidua.registration.RegistrationReopened;
import vn.atgt.thidua.registration.RegistrationReturned;
import vn.atgt.thidua.registration.RegistrationSubmitted;
import vn.atgt.thidua.unit.UnitService;

/**
 * Tells the people concerned when a registration moves: the standing office when a unit submits, the unit when the
 * office approves, returns or reopens it. Runs just before the workflow's transaction commits, so a notification
 * exists exactly when the step it reports does.
 */
@Component
class RegistrationNotifications {

	private final NotificationService notifications;
	private final CampaignService campaigns;
	private final UnitService units;

	RegistrationNotifications(NotificationService notifications, CampaignService campaigns, UnitService units) {
		this.notifications = notifications;
		this.campaigns = campaigns;
		this.units = units;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void submitted(RegistrationSubmitted event) {
		notifications.notifyStandingOffice(campaigns.committeeOf(event.campaignId()),
				NotificationKind.SUBMISSION_RECEIVED,
				link(event.campaignId()) + "/units/" + event.unitId(), "notification.target.submitted",
				units.nameOf(event.unitId()), plan(event.campaignId()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void approved(RegistrationApproved event) {
		notifications.notifyUnit(event.unitId(), NotificationKind.ITEM_ACCEPTED, link(event.campaignId()),
				"notification.target.approved", plan(event.campaignId()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void returned(RegistrationReturned event) {
		notifications.notifyUnit(event.unitId(), NotificationKind.ITEM_RETURNED, link(event.campaignId()),
				"notification.target.returned", plan(event.campaignId()), event.reason());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void reopened(RegistrationReopened event) {
		notifications.notifyUnit(event.unitId(), NotificationKind.ITEM_REOPENED, link(event.campaignId()),
				"notification.target.reopened", plan(event.campaignId()), event.reason());
	}

	private static String link(Long campaignId) {
		return "/campaigns/" + campaignId + "/targets";
	}

	private String plan(Long campaignId) {
		return campaigns.get(campaignId).planNumber();
	}
}
