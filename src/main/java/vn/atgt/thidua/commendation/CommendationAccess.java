package vn.atgt.thidua.commendation;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.security.CommitteeScope;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;

/**
 * The commendation module's one access policy. The catalogue of award forms is the administrator's. A unit's proposal
 * exists for a user only if she may read that unit and the unit takes part in the campaign (otherwise 404, whatever
 * ids she types); the unit's officers prepare it and only its head submits it; the standing office (and
 * administrators) see every proposal, propose for any unit of the campaign, accept or return, publish, record the
 * meeting's votes and the decisions. Leaders read everything. Who may read but not change gets 403. The pages take
 * their buttons from {@link #actions}.
 */
@Component
public class CommendationAccess {

	private final CampaignService campaigns;

	CommendationAccess(CampaignService campaigns) {
		this.campaigns = campaigns;
	}

	/** @throws AccessDeniedException unless the user is an administrator */
	public void requireCatalogueKeeper(CurrentUser user) {
		if (!user.has(Role.ADMIN)) {
			throw new AccessDeniedException("only administrators keep the catalogue of award forms");
		}
	}

	public boolean seesAllUnits(CurrentUser user) {
		return user.seesAllUnits();
	}

	/** @throws NotFoundException unless the user may read the unit's proposals in the campaign */
	public void requireReadable(CurrentUser user, Long campaignId, Long unitId) {
		if (!readable(user, campaignId, unitId)) {
			throw new NotFoundException("proposals of unit", unitId);
		}
	}

	/** @throws AccessDeniedException unless the user prepares the unit's proposals (its officers and head, the office) */
	public void requirePreparer(CurrentUser user, Long campaignId, Long unitId) {
		if (unitId == null) {
			throw new AccessDeniedException("a proposal names its unit");
		}
		requireReadable(user, campaignId, unitId);
		if (!prepares(user, unitId)) {
			throw new AccessDeniedException("only the unit's officers and head, and the office, prepare proposals");
		}
	}

	/** @throws AccessDeniedException unless the user submits the unit's proposals: its head (or the office's own) */
	public void requireSubmitter(CurrentUser user, Long campaignId, Long unitId) {
		requirePreparer(user, campaignId, unitId);
		if (!submits(user, unitId)) {
			throw new AccessDeniedException("only the unit head submits a proposal");
		}
	}

	/** @throws AccessDeniedException unless the user is of the standing office or an administrator */
	public void requireOffice(CurrentUser user, Long campaignId, Long unitId) {
		requireReadable(user, campaignId, unitId);
		if (!office(user)) {
			throw new AccessDeniedException("only the standing office handles proposals after submission");
		}
	}

	/** @throws AccessDeniedException unless the user is of the standing office or an administrator (meeting, settings) */
	public void requireOfficeWork(CurrentUser user, Long campaignId) {
		requireCommittee(user, campaignId);
		if (!office(user)) {
			throw new AccessDeniedException("only the standing office records meetings and settings");
		}
	}

	/** @throws AccessDeniedException unless the user sees every unit (the office's lists and the dossier) */
	public void requireAllUnits(CurrentUser user, Long campaignId) {
		requireCommittee(user, campaignId);
		if (!seesAllUnits(user)) {
			throw new AccessDeniedException("only the office, leaders and administrators see every unit");
		}
	}

	/** What the user may do with a proposal of the unit in that status, now. */
	public ProposalActions actions(CurrentUser user, CampaignView campaign, Long unitId, ProposalStatus status) {
		boolean open = !campaign.isClosed();
		boolean edit = open && prepares(user, unitId) && status.editable();
		boolean submit = edit && submits(user, unitId);
		boolean office = open && office(user);
		return new ProposalActions(edit, submit, edit && !submit, office && status == ProposalStatus.SUBMITTED,
				office && status == ProposalStatus.ACCEPTED,
				office && (status == ProposalStatus.ACCEPTED || status == ProposalStatus.PUBLISHED),
				office && status == ProposalStatus.APPROVED, office && status == ProposalStatus.FORWARDED);
	}

	/** True when the user reads the public's comments on nominees (they carry the writers' contacts): the office. */
	public boolean readsComments(CurrentUser user) {
		return office(user);
	}

	/** What the user may do on the list: propose (for her unit, or the office for any unit), see every unit's. */
	public ProposalListActions listActions(CurrentUser user, CampaignView campaign) {
		requireCommittee(user, campaign.id());
		boolean open = !campaign.isClosed();
		boolean unit = user.unitId() != null && user.worksFor(user.unitId()) && readable(user, campaign.id(), user.unitId());
		return new ProposalListActions(open && (unit || office(user)), seesAllUnits(user), office(user) && open);
	}

	/** @throws NotFoundException (404) for a campaign of another committee (issue 18) */
	public void requireCommittee(CurrentUser user, Long campaignId) {
		CommitteeScope.require(user, campaigns.committeeOf(campaignId), "campaign", campaignId);
	}

	private boolean readable(CurrentUser user, Long campaignId, Long unitId) {
		return unitId != null && user.canRead(unitId) && CommitteeScope.covers(user, campaigns.committeeOf(campaignId))
				&& campaigns.isParticipant(campaignId, unitId);
	}

	private static boolean prepares(CurrentUser user, Long unitId) {
		return user.worksFor(unitId) || office(user);
	}

	private static boolean submits(CurrentUser user, Long unitId) {
		return (user.worksFor(unitId) && user.has(Role.UNIT_HEAD)) || office(user);
	}

	private static boolean office(CurrentUser user) {
		return user.hasAny(Role.STANDING_OFFICE, Role.ADMIN);
	}
}
