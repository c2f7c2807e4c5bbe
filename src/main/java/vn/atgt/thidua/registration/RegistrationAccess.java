package vn.atgt.thidua.registration;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.security.CommitteeScope;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;

/**
 * The registration module's one access policy. Every entry point (the door's commands, the page reads, the sheet, the
 * setup) asks it, and the pages take from it what the user may do ({@link #actions}), computed from the same
 * conditions the {@code require…} methods enforce. A unit's registration exists for a user only if she may read that
 * unit and the unit takes part in the campaign (otherwise 404, whatever ids she puts in the URL); who may read but not
 * change gets 403. Committee scoping (a standing office sees only its own committee's campaigns) belongs here.
 */
@Component
public class RegistrationAccess {

	private final CampaignService campaigns;

	RegistrationAccess(CampaignService campaigns) {
		this.campaigns = campaigns;
	}

	/** True for those who see every unit's registration: the standing office, leaders and administrators. */
	public boolean seesAllUnits(CurrentUser user) {
		return user.seesAllUnits();
	}

	/**
	 * The unit's registration exists for the user only if she may read that unit and the unit takes part.
	 * @throws NotFoundException otherwise
	 */
	public void requireReadable(CurrentUser user, RegistrationScope scope) {
		if (!readable(user, scope)) {
			throw new NotFoundException("registration of unit", scope.unitId());
		}
	}

	/**
	 * Only the unit's own officers and head prepare its registration (targets, sheet).
	 * @throws NotFoundException for a registration the user may not read
	 * @throws AccessDeniedException for one she reads but does not prepare
	 */
	public void requirePreparer(CurrentUser user, RegistrationScope scope) {
		requireReadable(user, scope);
		if (!prepares(user, scope)) {
			throw new AccessDeniedException("only the unit's officers and head prepare its registration");
		}
	}

	/**
	 * Only the unit's head sends its registration (the submission is the unit's signature).
	 * @throws AccessDeniedException for anyone else who may read it
	 */
	public void requireSubmitter(CurrentUser user, RegistrationScope scope) {
		requirePreparer(user, scope);
		if (!submits(user)) {
			throw new AccessDeniedException("only the unit head submits");
		}
	}

	/**
	 * Only the standing office (and administrators) approve, return and reopen a registration.
	 * @throws AccessDeniedException for anyone else who may read it
	 */
	public void requireDecider(CurrentUser user, RegistrationScope scope) {
		requireReadable(user, scope);
		if (!decides(user)) {
			throw new AccessDeniedException("only the standing office decides on registrations");
		}
	}

	/**
	 * The table of every unit and the sums per suggested indicator are for those who see all units.
	 * @throws AccessDeniedException for a unit user
	 */
	public void requireAllUnits(CurrentUser user, Long campaignId) {
		requireCommittee(user, campaignId);
		if (!seesAllUnits(user)) {
			throw new AccessDeniedException("only the standing office, leaders and administrators see every unit");
		}
	}

	/**
	 * Only the standing office (and administrators) set the registration of a campaign up: suggested indicators and
	 * the deadline.
	 * @throws AccessDeniedException for anyone else
	 */
	public void requireSetUp(CurrentUser user, Long campaignId) {
		requireCommittee(user, campaignId);
		if (!decides(user)) {
			throw new AccessDeniedException("only the standing office sets the registration up");
		}
	}

	/** What the user may do with the unit's registration now (it is one she may read). */
	public RegistrationActions actions(CurrentUser user, CampaignView campaign, RegistrationView registration) {
		RegistrationScope scope = new RegistrationScope(campaign.id(), registration.unitId());
		RegistrationStatus status = registration.status();
		boolean active = campaign.isActive();
		boolean edit = active && prepares(user, scope) && registration.editable();
		boolean ready = edit && !registration.targets().isEmpty();
		boolean decide = active && decides(user);
		return new RegistrationActions(edit, edit, ready && submits(user), ready && !submits(user),
				decide && status == RegistrationStatus.SUBMITTED, decide && status == RegistrationStatus.APPROVED,
				seesAllUnits(user));
	}

	/** True when the user may set the campaign's registration up now (a closed campaign changes no more). */
	public boolean maySetUp(CurrentUser user, CampaignView campaign) {
		return decides(user) && !campaign.isClosed();
	}

	/** What the user may do on the campaign's registration pages as a whole. */
	public OverviewActions overviewActions(CurrentUser user, CampaignView campaign) {
		RegistrationScope own = new RegistrationScope(campaign.id(), user.unitId());
		boolean prepares = prepares(user, own) && readable(user, own);
		return new OverviewActions(maySetUp(user, campaign), prepares ? own.unitId() : null);
	}

	/** @throws NotFoundException (404) for a campaign of another committee (issue 18) */
	public void requireCommittee(CurrentUser user, Long campaignId) {
		CommitteeScope.require(user, campaigns.committeeOf(campaignId), "campaign", campaignId);
	}

	/** The campaign's units are its committee's members: the committee decides whether any of it exists for her. */
	private boolean readable(CurrentUser user, RegistrationScope scope) {
		return scope.unitId() != null && user.canRead(scope.unitId())
				&& CommitteeScope.covers(user, campaigns.committeeOf(scope.campaignId()))
				&& campaigns.isParticipant(scope.campaignId(), scope.unitId());
	}

	private static boolean prepares(CurrentUser user, RegistrationScope scope) {
		return user.worksFor(scope.unitId());
	}

	private static boolean submits(CurrentUser user) {
		return user.has(Role.UNIT_HEAD);
	}

	private static boolean decides(CurrentUser user) {
		return user.hasAny(Role.STANDING_OFFICE, Role.ADMIN);
	}
}
