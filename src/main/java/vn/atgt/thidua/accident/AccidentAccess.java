package vn.atgt.thidua.accident;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.security.CommitteeScope;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * The access policy of the accident module, the one place that says who may read and change a committee's accident
 * figures and black-spot register: everyone signed in reads them; the standing office, administrators and the
 * officers and heads of an active unit of the committee that supplies accident figures (the police) enter and import
 * figures and keep the register; only the office and administrators confirm and reopen figures. Every read and
 * command of the module calls it, and the pages ask it for their buttons ({@link #actions},
 * {@link #blackSpotActions}). The checks take the campaign, through which the committee's figures are reached, so
 * that a committee's scope (a province's installation) is added here once.
 */
@Component
public class AccidentAccess {

	private final UnitService units;

	AccidentAccess(UnitService units) {
		this.units = units;
	}

	/** True when the user may read the committee's figures and register: everyone signed in of that committee. */
	public boolean reads(CurrentUser user, CampaignView campaign) {
		return CommitteeScope.covers(user, campaign.committeeId());
	}

	/**
	 * True when the user may enter and import the campaign committee's figures and keep its black-spot register: the
	 * standing office, administrators, and officers or heads of an active unit of that committee flagged as supplying
	 * accident figures.
	 */
	public boolean enters(CurrentUser user, CampaignView campaign) {
		if (!reads(user, campaign)) {
			return false;
		}
		if (confirms(user, campaign)) {
			return true;
		}
		if (user.unitId() == null || !user.hasAny(Role.UNIT_OFFICER, Role.UNIT_HEAD)) {
			return false;
		}
		return units.find(user.unitId())
			.filter(UnitSummary::active)
			.filter(UnitSummary::suppliesAccidentFigures)
			.filter(unit -> campaign.committeeId().equals(unit.committeeId()))
			.isPresent();
	}

	/** True when the user confirms and reopens figures: the standing office and administrators. */
	public boolean confirms(CurrentUser user, CampaignView campaign) {
		return reads(user, campaign) && user.hasAny(Role.STANDING_OFFICE, Role.ADMIN);
	}

	/** @throws NotFoundException unless the user may read the figures and register ({@link #reads}) */
	public void requireReader(CurrentUser user, CampaignView campaign) {
		if (!reads(user, campaign)) {
			throw new NotFoundException("campaign", campaign.id());
		}
	}

	/** @throws AccessDeniedException (403) unless the user enters figures ({@link #enters}) */
	public void requireEnterer(CurrentUser user, CampaignView campaign) {
		requireReader(user, campaign);
		if (!enters(user, campaign)) {
			throw new AccessDeniedException("accident figures of campaign " + campaign.id());
		}
	}

	/** @throws AccessDeniedException (403) unless the user confirms and reopens figures ({@link #confirms}) */
	public void requireConfirmer(CurrentUser user, CampaignView campaign) {
		requireReader(user, campaign);
		if (!confirms(user, campaign)) {
			throw new AccessDeniedException("accident figures of campaign " + campaign.id());
		}
	}

	/**
	 * @throws AccessDeniedException (403) unless the user keeps the black-spot register (those who enter figures);
	 *         whether the campaign still takes changes is the command's to say
	 */
	public void requireKeeper(CurrentUser user, CampaignView campaign) {
		requireReader(user, campaign);
		if (!enters(user, campaign)) {
			throw new AccessDeniedException("black spots of campaign " + campaign.id());
		}
	}

	/**
	 * @throws AccessDeniedException (403) unless the user may change the register through this campaign now
	 *         ({@link BlackSpotActions#edit}): its forms and its evidence uploads
	 */
	public void requireRegisterChange(CurrentUser user, CampaignView campaign) {
		requireReader(user, campaign);
		if (!blackSpotActions(user, campaign).edit()) {
			throw new AccessDeniedException("black spots of campaign " + campaign.id());
		}
	}

	/**
	 * What the user may do with the campaign's figures as a whole (the comparison page): enter and import while the
	 * campaign is not closed, and confirm and reopen when she is of the office.
	 */
	public AccidentActions actions(CurrentUser user, CampaignView campaign) {
		boolean open = !campaign.isClosed();
		boolean enter = open && enters(user, campaign);
		boolean confirm = open && confirms(user, campaign);
		return new AccidentActions(enter, confirm, confirm, enter);
	}

	/**
	 * What the user may do with one month whose sheet is in {@code status} (null: nothing entered yet): enter and
	 * import until it is confirmed, confirm a draft, reopen confirmed figures; nothing once the campaign is closed.
	 */
	public AccidentActions actions(CurrentUser user, CampaignView campaign, SheetStatus status) {
		AccidentActions campaignActions = actions(user, campaign);
		boolean confirmed = status == SheetStatus.CONFIRMED;
		boolean enter = campaignActions.enter() && !confirmed;
		return new AccidentActions(enter, campaignActions.confirm() && status == SheetStatus.DRAFT,
				campaignActions.reopen() && confirmed, enter);
	}

	/**
	 * What the user may do with the register of the campaign's committee: those who enter figures add, edit and move
	 * points and attach files while the campaign is not closed (every status has a next step, so a point can always
	 * move on).
	 */
	public BlackSpotActions blackSpotActions(CurrentUser user, CampaignView campaign) {
		boolean keep = !campaign.isClosed() && enters(user, campaign);
		return new BlackSpotActions(keep, keep, keep);
	}
}
