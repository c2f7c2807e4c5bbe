package vn.atgt.thidua.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignStatus;
import vn.atgt.thidua.campaign.CampaignSummary;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.monitoring.MonitoringAccess;
import vn.atgt.thidua.monitoring.MonitoringService;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * The home page by role: the newest running campaigns (at most {@value #GLANCES}) at a glance, for a unit's officers
 * and head from their unit's items, for the standing office, leaders and administrators from each campaign's progress.
 * Lateness and who may see it are monitoring's ({@link MonitoringService}, {@link MonitoringAccess}); this class picks
 * the campaigns and shapes the glances. A constant number of queries per campaign.
 */
@Service
@Transactional(readOnly = true)
public class HomeQueries {

	/** How many running campaigns a home page shows at most. */
	static final int GLANCES = 3;

	private final CampaignService campaigns;
	private final UnitService units;
	private final MonitoringService monitoring;
	private final MonitoringAccess access;
	private final Clock clock;

	HomeQueries(CampaignService campaigns, UnitService units, MonitoringService monitoring, MonitoringAccess access,
			Clock clock) {
		this.campaigns = campaigns;
		this.units = units;
		this.monitoring = monitoring;
		this.access = access;
		this.clock = clock;
	}

	/** What the user's home page shows: the glances of her unit and, when she follows every unit, the office's. */
	public HomePage home(CurrentUser user) {
		return new HomePage(unitGlances(user), officeGlances(user));
	}

	/**
	 * The running campaigns of the unit's committee that the user's unit takes part in (of the newest
	 * {@value #GLANCES}), at a glance for the unit's officers and head: returned, overdue and next items; empty for a
	 * user who does not work for a unit.
	 */
	public List<UnitGlance> unitGlances(CurrentUser user) {
		if (!access.followsOwnUnit(user)) {
			return List.of();
		}
		Long unitId = user.unitId();
		Long committeeId = units.find(unitId).map(UnitSummary::committeeId).orElse(null);
		LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
		List<UnitGlance> glances = new ArrayList<>();
		for (CampaignSummary campaign : campaigns.listOf(committeeId, CampaignStatus.ACTIVE).stream()
			.limit(GLANCES)
			.toList()) {
			monitoring.unitItems(user, campaign.id(), unitId)
				.ifPresent(items -> glances.add(UnitGlance.of(campaign, items, today)));
		}
		return glances;
	}

	/**
	 * The newest running campaigns (at most {@value #GLANCES}) at a glance for the standing office, leaders and
	 * administrators; empty for the others.
	 */
	public List<OfficeGlance> officeGlances(CurrentUser user) {
		if (!access.monitors(user)) {
			return List.of();
		}
		return campaigns.listOf(user.committeeId(), CampaignStatus.ACTIVE).stream()
			.limit(GLANCES)
			.map(campaign -> OfficeGlance.of(campaign, monitoring.progress(user, campaign.id())))
			.toList();
	}
}
