package vn.atgt.thidua.exemplar;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.security.CommitteeScope;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;

/**
 * The exemplar module's one access policy. A unit's exemplar exists for a user only if she may read that unit and the
 * unit takes part in the campaign (otherwise 404, whatever ids she puts in the URL); the unit's officers and head
 * write it, only its head proposes it; the standing office (and administrators) recognise or return it and flag it
 * publishable; the unit and the office record where it was replicated. Who may read but not change gets 403. Every
 * entry point of the module asks it, and the pages take their buttons from {@link #actions}.
 */
@Component
public class ExemplarAccess {

	private final CampaignService campaigns;

	ExemplarAccess(CampaignService campaigns) {
		this.campaigns = campaigns;
	}

	/** True for those who see every unit's exemplars: the standing office, leaders and administrators. */
	public boolean seesAllUnits(CurrentUser user) {
		return user.seesAllUnits();
	}

	/** @throws NotFoundException unless the user may read the unit's exemplars in the campaign */
	public void requireReadable(CurrentUser user, ExemplarScope scope) {
		if (!readable(user, scope)) {
			throw new NotFoundException("exemplars of unit", scope.unitId());
		}
	}

	/** @throws AccessDeniedException unless the user is an officer or the head of the unit (after {@link #requireReadable}) */
	public void requirePreparer(CurrentUser user, ExemplarScope scope) {
		if (scope.unitId() == null) {
			throw new AccessDeniedException("only a unit's officers and head write exemplars");
		}
		requireReadable(user, scope);
		if (!user.worksFor(scope.unitId())) {
			throw new AccessDeniedException("only the unit's officers and head write its exemplars");
		}
	}

	/** @throws AccessDeniedException unless the user is the unit's head: the proposal is the unit's signature */
	public void requireProposer(CurrentUser user, ExemplarScope scope) {
		requirePreparer(user, scope);
		if (!user.has(Role.UNIT_HEAD)) {
			throw new AccessDeniedException("only the unit head proposes an exemplar");
		}
	}

	/** @throws AccessDeniedException unless the user is of the standing office or an administrator */
	public void requireDecider(CurrentUser user, ExemplarScope scope) {
		requireReadable(user, scope);
		if (!decides(user)) {
			throw new AccessDeniedException("only the standing office recognises exemplars");
		}
	}

	/** @throws AccessDeniedException unless the user is of the exemplar's unit or of the office */
	public void requireReplicator(CurrentUser user, ExemplarScope scope) {
		requireReadable(user, scope);
		if (!replicates(user, scope)) {
			throw new AccessDeniedException("only the unit and the office record replications");
		}
	}

	/**
	 * Only those who see every unit read the list of all units' exemplars (the unit user reads her unit's).
	 * @throws AccessDeniedException for a unit user asking for another unit
	 */
	public void requireAllUnits(CurrentUser user, Long campaignId) {
		requireCommittee(user, campaignId);
		if (!seesAllUnits(user)) {
			throw new AccessDeniedException("only the office, leaders and administrators see every unit");
		}
	}

	/** What the user may do with an exemplar (one she may read) of a unit in the status given, now. */
	public ExemplarActions actions(CurrentUser user, CampaignView campaign, Long unitId, ExemplarStatus status) {
		ExemplarScope scope = new ExemplarScope(campaign.id(), unitId);
		boolean open = !campaign.isClosed();
		boolean edit = open && user.worksFor(unitId) && status.editable();
		boolean head = user.has(Role.UNIT_HEAD);
		boolean decide = open && decides(user) && status == ExemplarStatus.PROPOSED;
		boolean publish = open && decides(user) && status == ExemplarStatus.RECOGNISED;
		return new ExemplarActions(edit, edit && head, edit && !head, decide, publish, open && replicates(user, scope));
	}

	/** What the user may do on the list of the campaign's exemplars. */
	public ExemplarListActions listActions(CurrentUser user, CampaignView campaign) {
		requireCommittee(user, campaign.id());
		ExemplarScope own = new ExemplarScope(campaign.id(), user.unitId());
		boolean create = !campaign.isClosed() && user.worksFor(user.unitId()) && readable(user, own);
		return new ExemplarListActions(create, create ? user.unitId() : null, seesAllUnits(user));
	}

	/** @throws NotFoundException (404) for a campaign of another committee (issue 18) */
	public void requireCommittee(CurrentUser user, Long campaignId) {
		CommitteeScope.require(user, campaigns.committeeOf(campaignId), "campaign", campaignId);
	}

	private boolean readable(CurrentUser user, ExemplarScope scope) {
		return scope.unitId() != null && user.canRead(scope.unitId())
				&& CommitteeScope.covers(user, campaigns.committeeOf(scope.campaignId()))
				&& campaigns.isParticipant(scope.campaignId(), scope.unitId());
	}

	private static boolean replicates(CurrentUser user, ExemplarScope scope) {
		return user.worksFor(scope.unitId()) || decides(user);
	}

	private static boolean decides(CurrentUser user) {
		return user.hasAny(Role.STANDING_OFFICE, Role.ADMIN);
	}
}
