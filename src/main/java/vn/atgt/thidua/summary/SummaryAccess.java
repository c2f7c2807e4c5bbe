package vn.atgt.thidua.summary;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.security.CommitteeScope;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;

/**
 * The summary module's one access policy: the six-month and year-end reports are the committee's, drafted by the
 * standing office (and administrators) and read by the leaders; a unit's users do not see them (403). Every entry
 * point of the module calls a {@code require…} method here, and {@link #actions} tells a page which buttons to show
 * from the same conditions.
 */
@Component
public class SummaryAccess {

	private final CampaignService campaigns;

	SummaryAccess(CampaignService campaigns) {
		this.campaigns = campaigns;
	}

	/** The office, the leaders and administrators read the committee's reports. */
	public boolean reads(CurrentUser user) {
		return user.hasAny(Role.STANDING_OFFICE, Role.LEADER, Role.ADMIN);
	}

	/** The standing office and administrators draft, edit and finalise them. */
	public boolean writes(CurrentUser user) {
		return user.hasAny(Role.STANDING_OFFICE, Role.ADMIN);
	}

	/**
	 * @throws NotFoundException for a campaign of another committee (issue 18)
	 * @throws AccessDeniedException unless the user reads the reports
	 */
	public void requireReader(CurrentUser user, Long campaignId) {
		CommitteeScope.require(user, campaigns.committeeOf(campaignId), "campaign", campaignId);
		if (!reads(user)) {
			throw new AccessDeniedException("only the standing office, leaders and administrators read summary reports");
		}
	}

	/** @throws AccessDeniedException unless the user drafts the reports */
	public void requireWriter(CurrentUser user, Long campaignId) {
		requireReader(user, campaignId);
		if (!writes(user)) {
			throw new AccessDeniedException("only the standing office and administrators draft summary reports");
		}
	}

	/** What the user may do with a report of that status (null: on the list, before any report). */
	public SummaryActions actions(CurrentUser user, SummaryStatus status) {
		boolean write = writes(user);
		boolean draft = status == SummaryStatus.DRAFT;
		return new SummaryActions(write, write && draft, write && draft);
	}
}
