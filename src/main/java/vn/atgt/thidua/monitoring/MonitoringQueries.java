package vn.atgt.thidua.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.ParticipantView;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.registration.RegistrationService;
import vn.atgt.thidua.registration.TargetView;

/**
 * The pages of the campaign tab "Theo dõi, đôn đốc": the status matrix of every participating unit with its
 * registration and its report for every period (also as a sheet), and the late list of units with items overdue. Each
 * read checks {@link MonitoringAccess} and returns what its page shows, the campaign's header included. The pages read
 * one page of units and their statuses, with totals and counts from SQL aggregates ({@link StandingCounts}); the
 * export and the full lists build every row from the report and registration modules' status reads. Either way a
 * constant number of queries.
 */
@Service
@Transactional(readOnly = true)
public class MonitoringQueries {

	private final CampaignService campaigns;
	private final RegistrationService registrations;
	private final Lateness lateness;
	private final MonitoringAccess access;
	private final MatrixSheetWriter sheets;
	private final StandingCounts standings;

	MonitoringQueries(CampaignService campaigns, RegistrationService registrations, Lateness lateness,
			MonitoringAccess access, MatrixSheetWriter sheets, StandingCounts standings) {
		this.standings = standings;
		this.campaigns = campaigns;
		this.registrations = registrations;
		this.lateness = lateness;
		this.access = access;
		this.sheets = sheets;
	}

	/**
	 * The matrix page: the campaign, its matrix ({@link #matrix}) with the rows of one page of units (a province's
	 * 2,000 units would draw 26,000 cells, 6 MB of HTML; the totals stay those of every unit the filter keeps), its
	 * task areas for the filter, the user's actions.
	 * @throws AccessDeniedException unless the user sees every unit (standing office, leader, administrator)
	 * @throws NotFoundException when there is no such campaign
	 */
	public MatrixPage matrixPage(CurrentUser user, Long campaignId, MatrixFilter filter, Pageable pageable) {
		CampaignView campaign = readable(user, campaignId);
		List<PeriodView> periods = lateness.reportingPeriods(campaignId);
		Page<ParticipantView> shown = standings.participants(campaignId, filter, pageable);
		Statuses statuses = lateness.statusesOfUnits(campaignId, shown.map(ParticipantView::unitId).getContent());
		List<MatrixRow> rows = shown.getContent().stream().map(p -> row(p, periods, statuses)).toList();
		List<MatrixColumn> columns = standings.columns(campaignId, periods, filter,
				lateness.registrationDeadline(campaignId), statuses.today());
		StatusMatrix matrix = new StatusMatrix(campaignId, statuses.today(), filter, List.copyOf(columns), rows);
		return new MatrixPage(campaign, matrix, new PageImpl<>(rows, shown.getPageable(), shown.getTotalElements()),
				campaigns.taskAreas(campaignId), access.actions(user, campaign));
	}

	/**
	 * The status matrix of the campaign as of today: a column for the registration and one per reporting period (by
	 * start date), a row per participating unit the filter keeps (the task-area filter keeps units with an approved
	 * target under that task area), with totals per column and per unit over the rows shown.
	 * @throws AccessDeniedException unless the user sees every unit (standing office, leader, administrator)
	 * @throws NotFoundException when there is no such campaign
	 */
	public StatusMatrix matrix(CurrentUser user, Long campaignId, MatrixFilter filter) {
		readable(user, campaignId);
		return build(campaignId, filter);
	}

	/**
	 * The matrix as an Excel sheet with the same content, texts in the given language, named after the plan.
	 * @throws AccessDeniedException unless the user sees every unit
	 * @throws NotFoundException when there is no such campaign
	 */
	public MatrixSheet matrixSheet(CurrentUser user, Long campaignId, MatrixFilter filter, Locale locale) {
		CampaignView campaign = readable(user, campaignId);
		String plan = campaign.planNumber().replaceAll("[^\\p{L}\\p{N}]+", "-");
		return new MatrixSheet("theo-doi-" + plan + ".xlsx", sheets.write(build(campaignId, filter), locale));
	}

	/**
	 * The late list page: the campaign, the periods to select from, a page of the late units of the selection (most
	 * overdue first), the user's actions.
	 * @throws AccessDeniedException unless the user sees every unit
	 * @throws NotFoundException when there is no such campaign
	 */
	public LatePage latePage(CurrentUser user, Long campaignId, ItemSelection selection, Pageable pageable) {
		CampaignView campaign = readable(user, campaignId);
		List<PeriodView> periods = lateness.reportingPeriods(campaignId);
		Page<ParticipantView> late = standings.lateParticipants(campaignId, selection,
				lateness.registrationDeadline(campaignId), lateness.today(), pageable);
		List<LateUnit> units = lateness.lateUnitsOf(campaignId, selection, periods, late.getContent());
		return new LatePage(campaign, selection, periods,
				new PageImpl<>(units, late.getPageable(), late.getTotalElements()), access.actions(user, campaign));
	}

	/**
	 * The units with an item overdue as of today (not started, a draft, or returned and not sent again after its due
	 * date; of the selection only), each with its late items, its person in charge and when the office last urged it;
	 * most days overdue first, then in the campaign's order of units.
	 * @throws AccessDeniedException unless the user sees every unit
	 * @throws NotFoundException when there is no such campaign
	 */
	public List<LateUnit> lateUnits(CurrentUser user, Long campaignId, ItemSelection selection) {
		readable(user, campaignId);
		return lateness.lateUnits(campaignId, selection, null);
	}

	/** The reporting periods of the campaign that can be selected on the late list, by start date. */
	public List<PeriodView> reportingPeriods(Long campaignId) {
		return lateness.reportingPeriods(campaignId);
	}

	private CampaignView readable(CurrentUser user, Long campaignId) {
		CampaignView campaign = campaigns.get(campaignId);
		access.requireMonitor(user, campaign);
		return campaign;
	}

	private StatusMatrix build(Long campaignId, MatrixFilter filter) {
		List<PeriodView> periods = lateness.reportingPeriods(campaignId);
		List<ParticipantView> shown = shown(campaignId, filter);
		Statuses statuses = lateness.statuses(campaignId);
		List<MatrixRow> rows = new ArrayList<>();
		List<List<MatrixCell>> byColumn = new ArrayList<>();
		for (int c = 0; c <= periods.size(); c++) {
			byColumn.add(new ArrayList<>());
		}
		for (ParticipantView p : shown) {
			MatrixRow row = row(p, periods, statuses);
			for (int c = 0; c < row.cells().size(); c++) {
				byColumn.get(c).add(row.cells().get(c));
			}
			rows.add(row);
		}
		List<MatrixColumn> columns = new ArrayList<>();
		columns.add(new MatrixColumn(null, null, statuses.registrationDeadline(), Totals.of(byColumn.get(0))));
		for (int i = 0; i < periods.size(); i++) {
			PeriodView period = periods.get(i);
			columns.add(new MatrixColumn(period.id(), period.name(), period.dueDate(), Totals.of(byColumn.get(i + 1))));
		}
		return new StatusMatrix(campaignId, statuses.today(), filter, List.copyOf(columns), List.copyOf(rows));
	}

	/** The unit's row: its registration's cell, then its report's for every period; its totals over the periods. */
	private static MatrixRow row(ParticipantView p, List<PeriodView> periods, Statuses statuses) {
		List<MatrixCell> cells = new ArrayList<>(periods.size() + 1);
		cells.add(statuses.registration(p.unitId()));
		for (PeriodView period : periods) {
			cells.add(statuses.report(period, p));
		}
		return new MatrixRow(p.unitId(), p.unitName(), p.unitKind(), List.copyOf(cells),
				Totals.of(cells.subList(1, cells.size())));
	}

	private List<ParticipantView> shown(Long campaignId, MatrixFilter filter) {
		Set<Long> inTaskArea = filter.taskAreaId() == null ? null
				: registrations.approvedTargets(campaignId).stream()
					.filter(t -> t.taskAreaId().equals(filter.taskAreaId()))
					.map(TargetView::unitId)
					.collect(Collectors.toSet());
		return campaigns.participants(campaignId).stream()
			.filter(p -> filter.unitKind() == null || filter.unitKind() == p.unitKind())
			.filter(p -> inTaskArea == null || inTaskArea.contains(p.unitId()))
			.toList();
	}
}
