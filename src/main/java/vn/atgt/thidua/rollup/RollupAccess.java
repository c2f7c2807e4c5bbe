package vn.atgt.thidua.rollup;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.security.CommitteeScope;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.CommitteeSummary;

/**
 * The access policy of the roll-up: the standing office and leaders of a committee read the roll-up of their own
 * committee's campaigns (403 for anyone else, 404 for another committee's campaign) and drill down into a campaign of a
 * committee below theirs ({@link CommitteeScope#reads}: own or a descendant; 404 for a sibling, the parent or a
 * stranger). The module has no command: the parent changes nothing of its children.
 */
@Component
public class RollupAccess {

	private final CommitteeService committees;

	RollupAccess(CommitteeService committees) {
		this.committees = committees;
	}

	/** True when the user reads roll-ups: the standing office and leaders of a committee. */
	public boolean readsRollups(CurrentUser user) {
		return user != null && user.committeeId() != null && user.hasAny(Role.STANDING_OFFICE, Role.LEADER);
	}

	/**
	 * True when the navigation offers the user the roll-up: she reads roll-ups and her committee has committees below
	 * it (otherwise the roll-up is empty). One short statement, shared with the sending's links on the same page.
	 */
	public boolean showsRollup(CurrentUser user) {
		return readsRollups(user) && committees.place(user.committeeId()).hasChildren();
	}

	/** @throws AccessDeniedException unless the user reads roll-ups */
	public void requireReader(CurrentUser user) {
		if (!readsRollups(user)) {
			throw new AccessDeniedException("only the standing office and leaders read the roll-up");
		}
	}

	/**
	 * The roll-up of one of the user's own committee's campaigns.
	 * @throws AccessDeniedException unless the user reads roll-ups
	 * @throws vn.atgt.thidua.common.NotFoundException for another committee's campaign
	 */
	public void requireParentCampaign(CurrentUser user, CampaignView campaign) {
		requireReader(user);
		CommitteeScope.require(user, campaign.committeeId(), "campaign", campaign.id());
	}

	/**
	 * The drill-down into a campaign of the user's committee or of one below it.
	 * @throws AccessDeniedException unless the user reads roll-ups
	 * @throws vn.atgt.thidua.common.NotFoundException for a sibling's, the parent's or a stranger's campaign
	 */
	public void requireChildCampaign(CurrentUser user, CampaignView campaign) {
		requireReader(user);
		CommitteeScope.requireReads(user, campaign.committeeId(),
				id -> committees.summary(id).map(CommitteeSummary::parentId).orElse(null), "campaign", campaign.id());
	}

	/** The buttons of a roll-up the user reads. */
	public RollupActions actions(CurrentUser user) {
		boolean reader = readsRollups(user);
		return new RollupActions(reader, reader);
	}
}
