package vn.atgt.thidua.monitoring.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.atgt.thidua.campaign.CampaignActivated;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.ParticipantView;
import vn.atgt.thidua.monitoring.NotificationKind;
import vn.atgt.thidua.monitoring.NotificationService;

/**
 * Tells every participating unit when the standing office starts a campaign: from then on it registers its targets
 * and reports. Runs just before the activation commits, so the notice exists exactly when the campaign runs.
 */
@Component
class CampaignNotifications {

	private final NotificationService notifications;
	private final CampaignService campaigns;

	CampaignNotifications(NotificationService notifications, CampaignService campaigns) {
		this.notifications = notifications;
		this.campaigns = campaigns;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void activated(CampaignActivated event) {
		CampaignView campaign = campaigns.get(event.campaignId());
		for (ParticipantView participant : campaigns.participants(event.campaignId())) {
			notifications.notifyUnit(participant.unitId(), NotificationKind.CAMPAIGN_LAUNCHED,
					"/campaigns/" + campaign.id() + "/targets", "notification.campaign.launched", campaign.planNumber(),
					campaign.title());
		}
	}
}
