package vn.atgt.thidua.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignSummary;
import vn.atgt.thidua.campaign.ParticipantView;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.format.VietnameseNumbers;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.common.xlsx.Sheets;
import vn.atgt.thidua.monitoring.internal.LastUrging;
import vn.atgt.thidua.monitoring.internal.Urging;
import vn.atgt.thidua.monitoring.internal.UrgingRepository;
import vn.atgt.thidua.report.ReportService;
import vn.atgt.thidua.report.ReportStatusRow;
import vn.atgt.thidua.registration.RegistrationStatusRow;
import vn.atgt.thidua.registration.RegistrationService;
import vn.atgt.thidua.registration.TargetView;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * The door of monitoring (theo dõi, đôn đốc): where every participating unit stands with its registration and its
 * report for every period ({@link #matrix}, also as a sheet), which units have items overdue ({@link #lateUnits}), and
 * the standing office's urging notice to selected late units ({@link #urge}), logged so that the office sees when it
 * last urged each. Everything is read from the report and target modules' status reads
 * ({@code reportStatuses}, {@code registrationStatuses}) beside the campaign's periods and participants: a constant
 * number of SQL queries whatever the number of units and periods. "Today" is the application clock's day in
 * Asia/Ho_Chi_Minh. The standing office, leaders and administrators read; only the office and administrators urge.
 * The urging letter is written by the document module from {@link #lateUnitsToUrge}.
 */
@Service
@Transactional(readOnly = true)
public class MonitoringService {

	/** How many running campaigns a home page shows at most. */
	static final int GLANCES = 3;

	private final CampaignService campaigns;
	private final ReportService reports;
	private final RegistrationService targets;
	private final NotificationService notifications;
	private final UnitService units;
	private final UrgingRepository urgings;
	private final MessageSource messages;
	private final Clock clock;

	MonitoringService(CampaignService campaigns, ReportService reports, RegistrationService targets, UnitService units,
			NotificationService notifications, UrgingRepository urgings, MessageSource messages, Clock clock) {
		this.campaigns = campaigns;
		this.reports = reports;
		this.targets = targets;
		this.units = units;
		this.notifications = notifications;
		this.urgings = urgings;
		this.messages = messages;
		this.clock = clock;
	}

	// --- the matrix -------------------------------------------------------------------------------------------------

	/**
	 * The status matrix of the campaign as of today: a column for the registration and one per reporting period (by
	 * start date), a row per participating unit the filter keeps (the task-area filter keeps units with an approved
	 * target under that task area), with totals per column and per unit over the rows shown.
	 * @throws AccessDeniedException unless the user sees every unit (standing office, leader, administrator)
	 * @throws NotFoundException when there is no such campaign
	 */
	public StatusMatrix matrix(CurrentUser user, Long campaignId, MatrixFilter filter) {
		requireReader(user);
		campaigns.get(campaignId);
		LocalDate today = today();
		List<PeriodView> periods = reportingPeriods(campaignId);
		List<ParticipantView> shown = shown(campaignId, filter);
		Map<String, ReportStatusRow> reportRows = reportRows(campaignId);
		Map<Long, RegistrationStatusRow> registrationRows = registrationRows(campaignId);

		List<MatrixRow> rows = new ArrayList<>();
		List<List<MatrixCell>> byColumn = new ArrayList<>();
		for (int c = 0; c <= periods.size(); c++) {
			byColumn.add(new ArrayList<>());
		}
		for (ParticipantView p : shown) {
			List<MatrixCell> cells = new ArrayList<>(periods.size() + 1);
			cells.add(CellRules.registration(campaignId, p.unitId(), registrationRows.get(p.unitId()), today));
			for (PeriodView period : periods) {
				cells.add(CellRules.report(campaignId, period, p, reportRows.get(key(p.unitId(), period.id())), today));
			}
			for (int c = 0; c < cells.size(); c++) {
				byColumn.get(c).add(cells.get(c));
			}
			rows.add(new MatrixRow(p.unitId(), p.unitName(), p.unitKind(), List.copyOf(cells),
					Totals.of(cells.subList(1, cells.size()))));
		}
		LocalDate deadline = registrationRows.values().stream().map(RegistrationStatusRow::deadline)
			.filter(java.util.Objects::nonNull).findFirst().orElse(null);
		List<MatrixColumn> columns = new ArrayList<>();
		columns.add(new MatrixColumn(null, null, deadline, Totals.of(byColumn.get(0))));
		for (int i = 0; i < periods.size(); i++) {
			PeriodView period = periods.get(i);
			columns.add(new MatrixColumn(period.id(), period.name(), period.dueDate(), Totals.of(byColumn.get(i + 1))));
		}
		return new StatusMatrix(campaignId, today, filter, List.copyOf(columns), List.copyOf(rows));
	}

	/**
	 * The matrix as an Excel sheet with the same content: a row per unit (its kind, a cell per column as the page words
	 * it, its totals), then the totals per column; texts in the given language.
	 * @throws AccessDeniedException unless the user sees every unit
	 */
	public byte[] matrixSheet(CurrentUser user, Long campaignId, MatrixFilter filter, Locale locale) {
		StatusMatrix matrix = matrix(user, campaignId, filter);
		List<String> headers = new ArrayList<>(List.of(text(locale, "monitoring.unit"),
				text(locale, "monitoring.unitKind"), text(locale, "monitoring.registration")));
		matrix.periodColumns().forEach(c -> headers.add(c.name()));
		headers.addAll(List.of(text(locale, "monitoring.sheet.submitted"), text(locale, "monitoring.sheet.late"),
				text(locale, "monitoring.sheet.overdue"), text(locale, "monitoring.completeness")));
		List<List<String>> rows = new ArrayList<>();
		for (MatrixRow row : matrix.rows()) {
			List<String> cells = new ArrayList<>();
			cells.add(row.unitName());
			cells.add(row.unitKind() == null ? "" : text(locale, row.unitKind().messageKey()));
			row.cells().forEach(cell -> cells.add(cellText(cell, locale)));
			cells.add(row.totals().submitted() + "/" + row.totals().expected());
			cells.add(Integer.toString(row.totals().late()));
			cells.add(Integer.toString(row.totals().overdue()));
			cells.add(percent(row.totals()));
			rows.add(cells);
		}
		List<String> total = new ArrayList<>(List.of(text(locale, "monitoring.total"), ""));
		matrix.columns().forEach(c -> total.add(text(locale, "monitoring.sheet.columnTotal", c.totals().submitted(),
				c.totals().expected(), percent(c.totals()), c.totals().late(), c.totals().overdue())));
		rows.add(total);
		return Sheets.write(text(locale, "monitoring.sheet.name"), headers, rows);
	}

	// --- the late list ----------------------------------------------------------------------------------------------

	/**
	 * The units with an item overdue as of today (not started, a draft, or returned and not sent again after its due
	 * date; of the selection only), each with its late items, its person in charge and when the office last urged it;
	 * most days overdue first, then in the campaign's order of units.
	 * @throws AccessDeniedException unless the user sees every unit
	 * @throws NotFoundException when there is no such campaign
	 */
	public List<LateUnit> lateUnits(CurrentUser user, Long campaignId, ItemSelection selection) {
		requireReader(user);
		campaigns.get(campaignId);
		return late(campaignId, selection, today(), null);
	}

	/**
	 * The late list for an urging notice or letter: as {@link #lateUnits} for the selected units only (units that have
	 * nothing overdue in the selection are left out).
	 * @throws AccessDeniedException unless the user is of the standing office or an administrator
	 * @throws NotFoundException when there is no such campaign
	 */
	public List<LateUnit> lateUnitsToUrge(CurrentUser user, Long campaignId, ItemSelection selection,
			Collection<Long> unitIds) {
		requireUrger(user);
		campaigns.get(campaignId);
		return late(campaignId, selection, today(), Set.copyOf(unitIds));
	}

	/** The reporting periods of the campaign that can be selected on the late list, by start date. */
	public List<PeriodView> reportingPeriods(Long campaignId) {
		return campaigns.periods(campaignId).stream()
			.filter(p -> !p.baseline())
			.sorted(Comparator.comparing(PeriodView::startDate).thenComparing(PeriodView::cadence))
			.toList();
	}

	// --- home pages -------------------------------------------------------------------------------------------------

	/**
	 * The newest running campaigns (at most {@value #GLANCES}) at a glance for the standing office, leaders and
	 * administrators; a constant number of queries for each.
	 * @throws AccessDeniedException unless the user sees every unit
	 */
	public List<OfficeGlance> officeGlances(CurrentUser user) {
		requireReader(user);
		LocalDate today = today();
		List<OfficeGlance> glances = new ArrayList<>();
		for (CampaignSummary campaign : campaigns.listActive().stream().limit(GLANCES).toList()) {
			StatusMatrix matrix = matrix(user, campaign.id(), MatrixFilter.none());
			int reports = 0;
			int registrations = 0;
			int late = 0;
			for (MatrixRow row : matrix.rows()) {
				for (int c = 0; c < row.cells().size(); c++) {
					if (row.cells().get(c).status() == CellStatus.SUBMITTED) {
						if (c == 0) {
							registrations++;
						}
						else {
							reports++;
						}
					}
				}
				if (row.cells().stream().anyMatch(MatrixCell::overdue)) {
					late++;
				}
			}
			List<MatrixColumn> periods = matrix.periodColumns();
			MatrixColumn current = periods.stream().filter(c -> !c.dueDate().isAfter(today))
				.reduce((first, second) -> second)
				.orElse(periods.isEmpty() ? null : periods.get(0));
			glances.add(new OfficeGlance(campaign.id(), campaign.planNumber(), campaign.title(), reports, registrations,
					late, current));
		}
		return glances;
	}

	/**
	 * The running campaigns of the unit's committee that the user's unit takes part in (the newest {@value #GLANCES}),
	 * at a glance for the unit's officers and head: returned, overdue and next items; empty for a user without a unit.
	 */
	public List<UnitGlance> unitGlances(CurrentUser user) {
		Long unitId = user.unitId();
		if (unitId == null || !user.worksFor(unitId)) {
			return List.of();
		}
		Long committeeId = units.find(unitId).map(UnitSummary::committeeId).orElse(null);
		LocalDate today = today();
		List<UnitGlance> glances = new ArrayList<>();
		for (CampaignSummary campaign : campaigns.listActive().stream()
			.filter(c -> c.committeeId().equals(committeeId))
			.limit(GLANCES)
			.toList()) {
			ParticipantView participant = campaigns.participants(campaign.id()).stream()
				.filter(p -> p.unitId().equals(unitId))
				.findFirst()
				.orElse(null);
			if (participant == null) {
				continue;
			}
			Map<String, ReportStatusRow> reportRows = reportRows(campaign.id());
			List<LateItem> items = new ArrayList<>();
			MatrixCell registration = CellRules.registration(campaign.id(), unitId,
					registrationRows(campaign.id()).get(unitId), today);
			items.add(item(null, null, registration));
			for (PeriodView period : reportingPeriods(campaign.id())) {
				MatrixCell cell = CellRules.report(campaign.id(), period, participant,
						reportRows.get(key(unitId, period.id())), today);
				if (cell.status().isExpected()) {
					items.add(item(period.id(), period.name(), cell));
				}
			}
			List<LateItem> returned = items.stream().filter(i -> i.status() == CellStatus.RETURNED).toList();
			List<LateItem> overdue = items.stream()
				.filter(i -> i.status() != CellStatus.RETURNED && !i.status().isIn() && i.overdueDays() > 0)
				.toList();
			LateItem next = items.stream()
				.filter(i -> !i.status().isIn() && i.dueDate() != null && !i.dueDate().isBefore(today))
				.min(Comparator.comparing(LateItem::dueDate))
				.orElse(null);
			glances.add(new UnitGlance(campaign.id(), campaign.planNumber(), campaign.title(), returned, overdue,
					next));
		}
		return glances;
	}

	private static LateItem item(Long periodId, String periodName, MatrixCell cell) {
		return new LateItem(periodId, periodName, cell.dueDate(), cell.status(),
				cell.overdueDays() == null ? 0 : cell.overdueDays(), cell.link());
	}

	// --- urging -----------------------------------------------------------------------------------------------------

	/**
	 * The standing office urges the selected units now: each of them that has something overdue in the selection gets
	 * an urging notice (in the app, and by e-mail for those who want it) naming its late items, and the urging is
	 * logged.
	 * @throws DomainException {@code monitoring.urge.noUnit} when no unit is selected; {@code campaign.closed} or
	 *         {@code campaign.notActive} unless the campaign runs
	 * @throws AccessDeniedException unless the user is of the standing office or an administrator
	 */
	@Transactional
	public UrgingResult urge(CurrentUser user, Long campaignId, Collection<Long> unitIds, ItemSelection selection) {
		return urge(user, campaignId, unitIds, selection, clock.instant(), false);
	}

	/**
	 * As {@link #urge(CurrentUser, Long, Collection, ItemSelection)}, done at {@code at} (never in the future; lateness
	 * as of that day); {@code sample} marks demo data in the log.
	 */
	@Transactional
	public UrgingResult urge(CurrentUser user, Long campaignId, Collection<Long> unitIds, ItemSelection selection,
			Instant at, boolean sample) {
		requireUrger(user);
		if (at.isAfter(clock.instant())) {
			throw new IllegalArgumentException("an urging cannot be recorded in the future: " + at);
		}
		campaigns.requireActive(campaignId);
		Set<Long> selected = unitIds == null ? Set.of() : new LinkedHashSet<>(unitIds);
		if (selected.isEmpty()) {
			throw new DomainException("monitoring.urge.noUnit");
		}
		String plan = campaigns.get(campaignId).planNumber();
		List<LateUnit> late = late(campaignId, selection, LocalDate.ofInstant(at, Formats.ZONE), selected);
		Actor actor = Actor.of(user, at);
		int notified = 0;
		for (LateUnit unit : late) {
			Notice notice = Notice.of(campaignId, plan, unit.items());
			int recipients = notifications.notifyUnitAt(unit.unitId(), NotificationKind.URGING, notice.link(), at,
					notice.key(), notice.args());
			urgings.save(new Urging(campaignId, unit.unitId(), selection, unit.items().size(), recipients, sample,
					actor));
			notified += recipients;
		}
		return new UrgingResult(late.size(), selected.size() - late.size(), notified);
	}

	// --- helpers ----------------------------------------------------------------------------------------------------

	private List<LateUnit> late(Long campaignId, ItemSelection selection, LocalDate today, Set<Long> onlyUnits) {
		List<PeriodView> periods = reportingPeriods(campaignId).stream()
			.filter(p -> selection.includes(p.id()))
			.sorted(Comparator.comparing(PeriodView::dueDate).thenComparing(PeriodView::startDate))
			.toList();
		Map<String, ReportStatusRow> reportRows = periods.isEmpty() ? Map.of() : reportRows(campaignId);
		Map<Long, RegistrationStatusRow> registrationRows = selection.includes(null) ? registrationRows(campaignId)
				: Map.of();
		Map<Long, LastUrging> lastUrged = urgings.latest(campaignId).stream()
			.collect(Collectors.toMap(LastUrging::unitId, Function.identity()));
		List<LateUnit> late = new ArrayList<>();
		for (ParticipantView p : campaigns.participants(campaignId)) {
			if (onlyUnits != null && !onlyUnits.contains(p.unitId())) {
				continue;
			}
			List<LateItem> items = new ArrayList<>();
			if (selection.includes(null)) {
				MatrixCell cell = CellRules.registration(campaignId, p.unitId(), registrationRows.get(p.unitId()),
						today);
				if (cell.overdue()) {
					items.add(new LateItem(null, null, cell.dueDate(), cell.status(), cell.overdueDays(), cell.link()));
				}
			}
			for (PeriodView period : periods) {
				MatrixCell cell = CellRules.report(campaignId, period, p, reportRows.get(key(p.unitId(), period.id())),
						today);
				if (cell.overdue()) {
					items.add(new LateItem(period.id(), period.name(), period.dueDate(), cell.status(),
							cell.overdueDays(), cell.link()));
				}
			}
			if (!items.isEmpty()) {
				LastUrging urged = lastUrged.get(p.unitId());
				late.add(new LateUnit(p.unitId(), p.unitName(), p.unitKind(), p.contactName(), p.contactPosition(),
						p.contactPhone(), p.contactEmail(), List.copyOf(items), urged == null ? null : urged.at(),
						urged != null && urged.sample()));
			}
		}
		late.sort(Comparator.comparingInt(LateUnit::daysOverdue).reversed());
		return late;
	}

	private List<ParticipantView> shown(Long campaignId, MatrixFilter filter) {
		List<ParticipantView> participants = campaigns.participants(campaignId);
		Set<Long> inTaskArea = filter.taskAreaId() == null ? null
				: targets.approvedTargets(campaignId).stream()
					.filter(t -> t.taskAreaId().equals(filter.taskAreaId()))
					.map(TargetView::unitId)
					.collect(Collectors.toSet());
		return participants.stream()
			.filter(p -> filter.unitKind() == null || filter.unitKind() == p.unitKind())
			.filter(p -> inTaskArea == null || inTaskArea.contains(p.unitId()))
			.toList();
	}

	private Map<String, ReportStatusRow> reportRows(Long campaignId) {
		Map<String, ReportStatusRow> rows = new HashMap<>();
		reports.reportStatuses(campaignId).forEach(r -> rows.put(key(r.unitId(), r.periodId()), r));
		return rows;
	}

	private Map<Long, RegistrationStatusRow> registrationRows(Long campaignId) {
		Map<Long, RegistrationStatusRow> rows = new HashMap<>();
		targets.registrationStatuses(campaignId).forEach(r -> rows.put(r.unitId(), r));
		return rows;
	}

	private static String key(Long unitId, Long periodId) {
		return unitId + ":" + periodId;
	}

	private String cellText(MatrixCell cell, Locale locale) {
		String status = text(locale, cell.status().messageKey());
		String detailKey = cell.detailKey();
		return detailKey == null ? status : status + " · " + text(locale, detailKey, cell.detail());
	}

	private static String percent(Totals totals) {
		return totals.completenessPercent() == null ? "" : VietnameseNumbers.format(totals.completenessPercent(), 1)
				+ " %";
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
	}

	static void requireReader(CurrentUser user) {
		if (!user.seesAllUnits()) {
			throw new AccessDeniedException("only the standing office, leaders and administrators monitor the units");
		}
	}

	static void requireUrger(CurrentUser user) {
		if (!user.hasAny(Role.STANDING_OFFICE, Role.ADMIN)) {
			throw new AccessDeniedException("only the standing office and administrators urge units");
		}
	}

	/** The text of an urging notice for a unit's late items, and where it leads. */
	record Notice(String key, String link, Object[] args) {

		static Notice of(Long campaignId, String plan, List<LateItem> items) {
			if (items.size() == 1) {
				LateItem item = items.get(0);
				String due = Formats.DATE.format(item.dueDate());
				return item.registration()
						? new Notice("notification.urging.registration", item.unitLink(campaignId),
								new Object[] { due, item.overdueDays(), plan })
						: new Notice("notification.urging.report", item.unitLink(campaignId),
								new Object[] { item.periodName(), due, item.overdueDays(), plan });
			}
			String periods = items.stream().filter(i -> !i.registration()).map(LateItem::periodName)
				.collect(Collectors.joining(", "));
			boolean registration = items.stream().anyMatch(LateItem::registration);
			int days = items.stream().mapToInt(LateItem::overdueDays).max().orElse(0);
			return new Notice(registration ? "notification.urging.registrationAndReports" : "notification.urging.reports",
					"/campaigns/" + campaignId + "/reports", new Object[] { periods, days, plan });
		}
	}
}
