package vn.atgt.thidua.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.accident.AccidentComparison;
import vn.atgt.thidua.accident.AccidentService;
import vn.atgt.thidua.accident.BlackSpotService;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.monitoring.CampaignStanding;
import vn.atgt.thidua.monitoring.MonitoringService;
import vn.atgt.thidua.report.CompletionCount.Level;
import vn.atgt.thidua.report.LowCompletions;
import vn.atgt.thidua.report.ReportCompletions;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.CommitteeSummary;

/**
 * The leadership dashboard of a campaign ({@code /campaigns/{id}/dashboard}): everything read through the doors of
 * the modules that own the figures — accident (comparison, goal checks, black spots by status), monitoring (the
 * periods' timeliness, the late units and the units needing attention, counted in SQL), report (the approved targets
 * counted by standing, and the units of low completion, kept between views while nothing they rest on changes) — in
 * one read-only transaction, so that the campaign is loaded once; a constant number of SQL statements whatever the
 * number of units (measured by DashboardStatementCountTests), and no loop over the units here. Who may see it is
 * {@link DashboardAccess}'s.
 */
@Service
@Transactional(readOnly = true)
public class DashboardQueries {

	/**
	 * The units needing attention the dashboard lists: at province scale hundreds may, and a page drawing them all
	 * weighed half a megabyte; the rest are on the late list, paged, which the dashboard links to.
	 */
	static final int ATTENTION_SHOWN = 20;


	private final CampaignService campaigns;
	private final CommitteeService committees;
	private final AccidentService accidents;
	private final BlackSpotService blackSpots;
	private final MonitoringService monitoring;
	private final ReportCompletions counts;
	private final DashboardAccess access;
	private final ObjectProvider<DashboardPanelSource> panelSources;
	private final PublicPages publicPages;
	private final Clock clock;

	DashboardQueries(CampaignService campaigns, CommitteeService committees, AccidentService accidents,
			BlackSpotService blackSpots, MonitoringService monitoring, ReportCompletions counts, DashboardAccess access,
			ObjectProvider<DashboardPanelSource> panelSources, PublicPages publicPages, Clock clock) {
		this.publicPages = publicPages;
		this.campaigns = campaigns;
		this.committees = committees;
		this.accidents = accidents;
		this.blackSpots = blackSpots;
		this.monitoring = monitoring;
		this.counts = counts;
		this.access = access;
		this.panelSources = panelSources;
		this.clock = clock;
	}

	/**
	 * The dashboard for the period of that kind around that month ("2024-09"; default: today's month, kept within the
	 * campaign).
	 * @throws AccessDeniedException (403) unless the user reads the dashboard
	 * @throws NotFoundException when there is no such campaign
	 */
	public DashboardPage dashboard(CurrentUser user, Long campaignId, String kind, String month) {
		CampaignView campaign = campaigns.get(campaignId);
		access.requireDashboard(user, campaign);
		LocalDate today = today();
		YearMonth first = YearMonth.from(campaign.startDate());
		YearMonth last = YearMonth.from(campaign.endDate());
		DashboardPeriod period = DashboardPeriod.parse(kind, month, YearMonth.from(today), first, last);

		AccidentComparison comparison = accidents.comparisonTotals(user, campaignId);
		Completions completions = Completions.of(counts.counts(campaign, null, null, today,
				EnumSet.of(Level.AREA, Level.TOTAL, Level.INDICATOR)));
		// the units of low completion (the report module's judgement) join monitoring's in SQL: no unit is walked here
		LowCompletions low = counts.lowCompletions(campaign, today);
		CampaignStanding standing = monitoring.standing(user, campaignId, low.unitIds(), ATTENTION_SHOWN);
		List<AttentionUnit> attention = standing.attention().stream()
			.map(unit -> new AttentionUnit(unit, low.of(unit.unitId()).map(Tally::of).orElse(Tally.EMPTY)))
			.toList();
		List<DashboardPanel> panels = panelSources.orderedStream()
			.flatMap(source -> source.panel(user, campaignId).stream())
			.toList();
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
			months.add(m);
		}
		return new DashboardPage(campaign, committeeName(campaign), today, period, months, comparison.goals(),
				comparison.total(), AccidentPanel.of(comparison, period), completions.taskAreas(), completions.total(),
				standing.currentPeriod(), standing.lastDuePeriod(), standing.lateUnits(), standing.attentionTotal(),
				attention,
				blackSpots.countByStatus(user, campaignId), panels,
				access.publishes(user) && publicPages.isOn(campaignId), access.actions(user, campaign));
	}

	private String committeeName(CampaignView campaign) {
		return committees.summary(campaign.committeeId()).map(CommitteeSummary::name).orElse("");
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
	}
}
