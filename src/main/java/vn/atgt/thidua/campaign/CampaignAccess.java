package vn.atgt.thidua.campaign;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.security.CommitteeScope;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.CommitteeSummary;

/**
 * The access policy of the campaign module, the one place that says who may read and who may set up a campaign: every
 * signed-in user of the campaign's committee reads it, its task areas, periods and units (units register and report
 * under them); the committee's standing office and administrators create, edit, start, close and clone campaigns and
 * set up their task areas, periods and units. Every command and page read of the module calls it, and the pages ask it
 * for their buttons ({@link #actions}). Another committee's campaign does not exist for the user (404, issue 18).
 */
@Component
public class CampaignAccess {

	private final CommitteeService committees;

	CampaignAccess(CommitteeService committees) {
		this.committees = committees;
	}

	/** True when the user sets campaigns up: the standing office and administrators. */
	public boolean organises(CurrentUser user) {
		return user.hasAny(Role.STANDING_OFFICE, Role.ADMIN);
	}

	/** True when the user sets up campaigns of that committee: its standing office and administrators. */
	public boolean organisesFor(CurrentUser user, Long committeeId) {
		return organises(user) && CommitteeScope.covers(user, committeeId);
	}

	/** True when the user reads the campaign: every signed-in user of its committee. */
	public boolean reads(CurrentUser user, CampaignView campaign) {
		return CommitteeScope.covers(user, campaign.committeeId());
	}

	/**
	 * True when the user may see the campaign's pages: its committee's people ({@link #reads}), and the office and
	 * leaders of a committee above it (issue 18), who read a child's campaign and change nothing of it. Only read
	 * entry points call this; every command keeps {@link #reads}.
	 */
	public boolean views(CurrentUser user, CampaignView campaign) {
		return CommitteeScope.reads(user, campaign.committeeId(), this::parentOf);
	}

	/** @throws NotFoundException unless the user may see the campaign's pages ({@link #views}) */
	public void requireViewer(CurrentUser user, CampaignView campaign) {
		if (!views(user, campaign)) {
			throw new NotFoundException("campaign", campaign.id());
		}
	}

	private Long parentOf(Long committeeId) {
		return committees.summary(committeeId).map(CommitteeSummary::parentId).orElse(null);
	}

	/** @throws NotFoundException unless the user reads the campaign ({@link #reads}) */
	public void requireReader(CurrentUser user, CampaignView campaign) {
		if (!reads(user, campaign)) {
			throw new NotFoundException("campaign", campaign.id());
		}
	}

	/**
	 * @throws NotFoundException unless the user reads the campaign
	 * @throws AccessDeniedException unless she sets it up ({@link #organises})
	 */
	public void requireOrganiser(CurrentUser user, CampaignView campaign) {
		requireReader(user, campaign);
		if (!organises(user)) {
			throw new AccessDeniedException("only the standing office and administrators set campaigns up");
		}
	}

	/** @throws AccessDeniedException unless the user may launch a campaign of the committee */
	public void requireCreator(CurrentUser user, Long committeeId) {
		if (committeeId != null && !CommitteeScope.covers(user, committeeId)) {
			throw new NotFoundException("committee", committeeId);
		}
		if (!organises(user)) {
			throw new AccessDeniedException("only the standing office and administrators create campaigns");
		}
	}

	/** What the user may do with the campaign, from the same conditions the module's commands check. */
	public CampaignActions actions(CurrentUser user, CampaignView campaign) {
		boolean organiser = reads(user, campaign) && organises(user);
		boolean open = organiser && !campaign.isClosed();
		boolean draft = open && campaign.isDraft();
		return new CampaignActions(open, draft, open && campaign.isActive(), organiser, open, draft, open, draft, open,
				draft);
	}
}
