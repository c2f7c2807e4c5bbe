package vn.atgt.thidua.monitoring;

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
 * The access policy of monitoring, the one place that says who may follow and urge the units of a campaign: the
 * standing office, leaders and administrators read the matrix and the late list; only the office and administrators
 * urge (and draft the urging letter); a unit's officers and head follow their own unit's items. Every read and command
 * of the module calls it, and the pages ask it for their buttons ({@link #actions}). The checks take the campaign
 * itself, so that a committee's scope (a province's installation) is added here once.
 */
@Component
public class MonitoringAccess {

	private final UnitService units;

	MonitoringAccess(UnitService units) {
		this.units = units;
	}

	/** True when the user follows every unit's items: the standing office, leaders and administrators. */
	public boolean monitors(CurrentUser user) {
		return user.seesAllUnits();
	}

	/** True when the user may urge late units (and draft the urging letter): the standing office, administrators. */
	public boolean urges(CurrentUser user) {
		return user.hasAny(Role.STANDING_OFFICE, Role.ADMIN);
	}

	/** True when the user follows her own unit's items on her home page: an officer or the head of a unit. */
	public boolean followsOwnUnit(CurrentUser user) {
		return user.unitId() != null && user.worksFor(user.unitId());
	}

	/** @throws AccessDeniedException unless the user follows the units of the campaign ({@link #monitors}) */
	public void requireMonitor(CurrentUser user, CampaignView campaign) {
		requireCommittee(user, campaign);
		if (!monitors(user)) {
			throw new AccessDeniedException("only the standing office, leaders and administrators monitor the units");
		}
	}

	/** @throws AccessDeniedException unless the user urges the units of the campaign ({@link #urges}) */
	public void requireUrger(CurrentUser user, CampaignView campaign) {
		requireCommittee(user, campaign);
		if (!urges(user)) {
			throw new AccessDeniedException("only the standing office and administrators urge units");
		}
	}

	/** @throws NotFoundException unless the user may read the unit's items (her own unit, or every unit) */
	public void requireUnitReader(CurrentUser user, Long unitId) {
		if (!user.canRead(unitId) || !CommitteeScope.covers(user, units.find(unitId).map(UnitSummary::committeeId)
			.orElse(null))) {
			throw new NotFoundException("unit", unitId);
		}
	}

	/** @throws NotFoundException (404) for a campaign of another committee (issue 18) */
	public void requireCommittee(CurrentUser user, CampaignView campaign) {
		CommitteeScope.require(user, campaign.committeeId(), "campaign", campaign.id());
	}

	/**
	 * What the user may do on the campaign's monitoring pages: urge and draft the letter while the campaign runs (the
	 * late list offers neither on a campaign that does not), export whenever she reads the matrix.
	 */
	public MonitoringActions actions(CurrentUser user, CampaignView campaign) {
		boolean urge = urges(user) && campaign.isActive();
		return new MonitoringActions(urge, monitors(user), urge);
	}
}
