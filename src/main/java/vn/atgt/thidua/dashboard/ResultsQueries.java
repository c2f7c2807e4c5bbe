package vn.atgt.thidua.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.ParticipantView;
import vn.atgt.thidua.campaign.TaskAreaView;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.dashboard.ResultsPage.AreaOption;
import vn.atgt.thidua.dashboard.ResultsPage.TaskAreaResult;
import vn.atgt.thidua.dashboard.ResultsPage.UnitLine;
import vn.atgt.thidua.dashboard.ResultsPage.UnitResult;
import vn.atgt.thidua.report.CompletionCount;
import vn.atgt.thidua.report.ReportCompletions;
import vn.atgt.thidua.unit.AreaService;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.CommitteeSummary;
import vn.atgt.thidua.unit.UnitService;

/**
 * The results of the movement: every participating unit's approved targets judged as the dashboard judges them
 * ({@link Completions}), as unit × task area and task area × unit, filtered by kind of unit, task area and area, and
 * written to XLSX with the same columns ({@link ResultsSheetWriter}). A constant number of SQL statements whatever the
 * number of units; who sees what is {@link DashboardAccess}'s.
 */
@Service
@Transactional(readOnly = true)
public class ResultsQueries {

	private final CampaignService campaigns;
	private final CommitteeService committees;
	private final AreaService areas;
	private final UnitService units;
	private final ReportCompletions reportCompletions;
	private final DashboardAccess access;
	private final ResultsSheetWriter sheets;
	private final Clock clock;

	ResultsQueries(CampaignService campaigns, CommitteeService committees, AreaService areas, UnitService units,
			ReportCompletions reportCompletions, DashboardAccess access, ResultsSheetWriter sheets, Clock clock) {
		this.sheets = sheets;
		this.campaigns = campaigns;
		this.committees = committees;
		this.areas = areas;
		this.units = units;
		this.reportCompletions = reportCompletions;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * The results page of the campaign under the filter: every unit for the standing office, leaders and
	 * administrators, the user's own unit for a unit user.
	 * @throws AccessDeniedException (403) unless the user reads results
	 * @throws NotFoundException when there is no such campaign
	 */
	public ResultsPage results(CurrentUser user, Long campaignId, ResultsFilter filter) {
		CampaignView campaign = campaigns.get(campaignId);
		access.requireResults(user, campaign);
		Long ownUnit = access.resultsUnit(user);
		List<TaskAreaView> taskAreas = campaigns.taskAreas(campaignId);
		List<ParticipantView> participants = participants(campaignId, ownUnit, filter);
		boolean everyUnit = ownUnit == null && filter.unitKind() == null && filter.areaId() == null;
		List<CompletionCount> counts = reportCompletions.counts(campaign, everyUnit ? null
				: participants.stream().map(ParticipantView::unitId).toList(), filter.taskAreaId(), today());
		Completions completions = Completions.of(counts);
		List<TaskAreaView> shown = taskAreas.stream()
			.filter(a -> filter.taskAreaId() == null || a.id().equals(filter.taskAreaId()))
			.toList();

		// the rows of the two tables: every figure is one of the counts the database made, none is added up here
		List<UnitResult> unitRows = participants.stream()
			.map(p -> new UnitResult(p.unitId(), p.unitName(), p.unitKind(),
					shown.stream().map(area -> completions.unit(p.unitId(), area.id())).toList(),
					completions.unit(p.unitId())))
			.toList();
		List<TaskAreaResult> byTaskArea = shown.stream()
			.map(area -> new TaskAreaResult(area, participants.stream()
				.filter(p -> !completions.unit(p.unitId(), area.id()).isEmpty())
				.map(p -> new UnitLine(p.unitId(), p.unitName(), p.unitKind(), completions.unit(p.unitId(), area.id())))
				.toList(), completions.area(area.id())))
			.toList();
		return new ResultsPage(campaign, filter, taskAreas, shown, areaOptions(campaign), unitRows, byTaskArea,
				completions.total(), ownUnit != null, access.actions(user, campaign));
	}

	/** The participants the page shows: the user's own unit only for a unit user, then by kind and area. */
	private List<ParticipantView> participants(Long campaignId, Long ownUnit, ResultsFilter filter) {
		List<ParticipantView> participants = campaigns.participants(campaignId).stream()
			.filter(p -> ownUnit == null || p.unitId().equals(ownUnit))
			.filter(p -> filter.unitKind() == null || p.unitKind() == filter.unitKind())
			.toList();
		if (filter.areaId() == null || participants.isEmpty()) {
			return participants;
		}
		Map<Long, Long> areaOf = new HashMap<>();
		units.findAll(participants.stream().map(ParticipantView::unitId).toList())
			.forEach(u -> areaOf.put(u.id(), u.areaId()));
		return participants.stream().filter(p -> Objects.equals(areaOf.get(p.unitId()), filter.areaId())).toList();
	}

	/** A table of the results page as an XLSX sheet with the screen's columns, the filter written above it. */
	public byte[] export(CurrentUser user, Long campaignId, ResultsFilter filter, ResultsTable table, Locale locale) {
		return sheets.write(results(user, campaignId, filter), table, today(), locale);
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
