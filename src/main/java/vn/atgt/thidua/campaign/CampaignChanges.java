package vn.atgt.thidua.campaign;

import java.time.Clock;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.atgt.thidua.campaign.internal.Campaign;
import vn.atgt.thidua.campaign.internal.CampaignRepository;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.security.CurrentUser;

/**
 * What every command of the module does first: load the campaign to change, once {@link CampaignAccess} says that the
 * user sets it up, and name who acts and when for its history (the application clock's now).
 */
@Component
class CampaignChanges {

	private final CampaignRepository campaigns;
	private final CampaignAccess access;
	private final CampaignStatusVersions statusVersions;
	private final Clock clock;

	CampaignChanges(CampaignRepository campaigns, CampaignAccess access, CampaignStatusVersions statusVersions,
			Clock clock) {
		this.campaigns = campaigns;
		this.statusVersions = statusVersions;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * The campaign the user is about to change, its status counter ({@link CampaignStatusVersions}) raised (in a
	 * transaction that writes).
	 * @throws NotFoundException when there is no such campaign
	 * @throws AccessDeniedException unless the user sets it up
	 */
	Campaign load(CurrentUser user, Long campaignId) {
		// first: participants and periods are what the kept standings rest on (a refusal rolls the raise back); the
		// forms read the campaign to change through here too, in a read-only transaction, which changes nothing
		if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			statusVersions.raise(campaignId);
		}
		Campaign campaign = campaigns.findById(campaignId)
			.orElseThrow(() -> new NotFoundException("campaign", campaignId));
		access.requireOrganiser(user, CampaignService.view(campaign));
		return campaign;
	}

	/** The user, now: a step of a campaign's history. */
	Actor actor(CurrentUser user) {
		return Actor.of(user, clock.instant());
	}
}
