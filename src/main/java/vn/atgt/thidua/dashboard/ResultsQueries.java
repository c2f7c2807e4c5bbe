package vn.atgt.thidua.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.ParticipantSelection;
import vn.atgt.thidua.campaign.ParticipantView;
import vn.atgt.thidua.campaign.TaskAreaView;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.dashboard.ResultsPage.AreaOption;
import vn.atgt.thidua.dashboard.ResultsPage.TaskAreaResult;
import vn.atgt.thidua.dashboard.ResultsPage.UnitLine;
import vn.atgt.thidua.dashboard.ResultsPage.UnitResult;
import vn.atgt.thidua.report.CompletionCount.Level;
import vn.atgt.thidua.report.ReportCompletions;
import vn.atgt.thidua.unit.AreaService;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.CommitteeSummary;

/**
 * The results of the movement: every participating unit's approved targets judged as the dashboard judges them
 * ({@link Completions}), as unit × task area and task area × unit, filtered by kind of unit, task area and area, and
 * written to XLSX with the same columns ({@link ResultsSheetWriter}). The page shows 50 units at a time (paged in SQL;
 * at province scale all 2,000 weighed 7 MB of HTML), the export all of them. A constant number of SQL statements
 * whatever the number of units; who sees what is {@link DashboardAccess}'s.
 */
@Service
@Transactional(readOnly = true)
public class ResultsQueries {

	private final CampaignService campaigns;
	private final CommitteeService committees;
	private final AreaService areas;
	private final ReportCompletions reportCompletions;
	private final DashboardAccess access;
	private final ResultsSheetWriter sheets;
	private final Clock clock;

	ResultsQueries(CampaignService campaigns, CommitteeService committees, AreaService areas,
			ReportCompletions reportCompletions, DashboardAccess access, ResultsSheetWriter sheets, Clock clock) {
		this.sheets = sheets;
		this.campaigns = campaigns;
		this.committees = committees;
		this.areas = areas;
		this.reportCompletions = reportCompletions;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * A page of the results of the campaign under the filter ({@code Pageable.unpaged()}: every unit, for the export):
	 * every unit for the standing office, leaders and administrators, the user's own unit for a unit user. The units
	 * are paged in SQL; the totals are counted over every unit the filter selects, the rows for the page's units only.
	 * @throws AccessDeniedException (403) unless the user reads results
	 * @throws NotFoundException when there is no such campaign
	 */
	public ResultsPage results(CurrentUser user, Long campaignId, ResultsFilter filter, Pageable pageable) {
		CampaignView campaign = campaigns.get(campaignId);
		access.requireResults(user, campaign);
		Long ownUnit = access.resultsUnit(user);
		List<TaskAreaView> taskAreas = campaigns.taskAreas(campaignId);
		ParticipantSelection.Filter selection = new ParticipantSelection.Filter(ownUnit, filter.unitKind(),
				filter.areaId());
		ParticipantSelection selected = campaigns.participants(campaignId, selection, pageable);
		Page<ParticipantView> participants = selected.page();
		LocalDate today = today();
		// every unit: no list of ids, so that the database reads the campaign's rows by its index alone
		Completions totals = Completions.of(reportCompletions.counts(campaign,
				selection.isEmpty() ? null : selected.unitIds(), filter.taskAreaId(), today,
				EnumSet.of(Level.AREA, Level.TOTAL)));
		Completions rows = Completions.of(reportCompletions.counts(campaign,
				selection.isEmpty() && pageable.isUnpaged() ? null
						: participants.getContent().stream().map(ParticipantView::unitId).toList(),
				filter.taskAreaId(), today, EnumSet.of(Level.UNIT_AREA, Level.UNIT)));
		List<TaskAreaView> shown = taskAreas.stream()
			.filter(a -> filter.taskAreaId() == null || a.id().equals(filter.taskAreaId()))
			.toList();

		// the rows of the two tables: every figure is one of the counts the database made, none is added up here
		Page<UnitResult> unitRows = participants
			.map(p -> new UnitResult(p.unitId(), p.unitName(), p.unitKind(),
					shown.stream().map(area -> rows.unit(p.unitId(), area.id())).toList(), rows.unit(p.unitId())));
		List<TaskAreaResult> byTaskArea = shown.stream()
			.map(area -> new TaskAreaResult(area, participants.stream()
				.filter(p -> !rows.unit(p.unitId(), area.id()).isEmpty())
				.map(p -> new UnitLine(p.unitId(), p.unitName(), p.unitKind(), rows.unit(p.unitId(), area.id())))
				.toList(), totals.area(area.id())))
			.toList();
		return new ResultsPage(campaign, filter, taskAreas, shown, areaOptions(campaign), unitRows, byTaskArea,
				totals.total(), ownUnit != null, access.actions(user, campaign));
	}

	/**
	 * A table of the results page as an XLSX sheet with the screen's columns and every unit of the filter (not a page),
	 * the filter written above it; streamed (SXSSF), the rows built as they are written.
	 */
	public byte[] export(CurrentUser user, Long campaignId, ResultsFilter filter, ResultsTable table, Locale locale) {
		return sheets.write(results(user, campaignId, filter, Pageable.unpaged()), table, today(), locale);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
	}

	/** The communes and town of the campaign committee's area, to filter by. */
	private List<AreaOption> areaOptions(CampaignView campaign) {
		Long root = committees.summary(campaign.committeeId()).map(CommitteeSummary::areaId).orElse(null);
		if (root == null) {
			return List.of();
		}
		return areas.childrenOn(root, null).stream().map(a -> new AreaOption(a.id(), a.name())).toList();
	}
}
