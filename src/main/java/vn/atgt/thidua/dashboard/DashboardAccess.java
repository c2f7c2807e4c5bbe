package vn.atgt.thidua.dashboard;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.security.CommitteeScope;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;

/**
 * The access policy of the dashboard module, the one place that says who sees what: the leadership dashboard is for
 * leaders, the standing office and administrators (a unit user gets 403); the results page is for them too, and a
 * unit's officers and head see the same page for their own unit only; the standing office and administrators switch
 * a campaign's public page on and off (anyone reads it while it is on, without signing in). Every read of the module calls it, and the
 * pages ask it what to show ({@link #actions}). The checks take the campaign, so that a committee's scope (a
 * province's installation) is added here once.
 */
@Component
public class DashboardAccess {

	/** True when the user reads the leadership dashboard: leaders, the standing office and administrators. */
	public boolean readsDashboard(CurrentUser user) {
		return user.hasAny(Role.LEADER, Role.STANDING_OFFICE, Role.ADMIN);
	}

	/** True when the user reads the results page: those who read the dashboard, and the users of a unit. */
	public boolean readsResults(CurrentUser user) {
		return readsDashboard(user) || user.unitId() != null;
	}

	/** The only unit whose results the user sees, or null when she sees every unit's. */
	public Long resultsUnit(CurrentUser user) {
		return readsDashboard(user) ? null : user.unitId();
	}

	/** @throws AccessDeniedException (403) unless the user reads the campaign's dashboard */
	public void requireDashboard(CurrentUser user, CampaignView campaign) {
		requireCommittee(user, campaign);
		if (!readsDashboard(user)) {
			throw new AccessDeniedException("the dashboard of campaign " + campaign.id());
		}
	}

	/** @throws AccessDeniedException (403) unless the user reads the campaign's results */
	public void requireResults(CurrentUser user, CampaignView campaign) {
		requireCommittee(user, campaign);
		if (!readsResults(user)) {
			throw new AccessDeniedException("the results of campaign " + campaign.id());
		}
	}

	/** True when the user switches a campaign's public page on and off: the standing office, administrators. */
	public boolean publishes(CurrentUser user) {
		return user.hasAny(Role.STANDING_OFFICE, Role.ADMIN);
	}

	/** @throws AccessDeniedException (403) unless the user switches the campaign's public page */
	public void requirePublisher(CurrentUser user, CampaignView campaign) {
		requireCommittee(user, campaign);
		if (!publishes(user)) {
			throw new AccessDeniedException("the public page of campaign " + campaign.id());
		}
	}

	/** @throws NotFoundException (404) for a campaign of another committee (issue 18) */
	public void requireCommittee(CurrentUser user, CampaignView campaign) {
		CommitteeScope.require(user, campaign.committeeId(), "campaign", campaign.id());
	}

	/** What the pages show the user. */
	public DashboardActions actions(CurrentUser user, CampaignView campaign) {
		boolean all = readsDashboard(user);
		return new DashboardActions(all, readsResults(user), all, publishes(user));
	}
}
