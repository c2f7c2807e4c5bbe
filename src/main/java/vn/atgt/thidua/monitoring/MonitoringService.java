package vn.atgt.thidua.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignStatusCache;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.ParticipantView;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.monitoring.internal.TotalsRow;
import vn.atgt.thidua.monitoring.internal.Urging;
import vn.atgt.thidua.monitoring.internal.UrgingRepository;

/**
 * The door of monitoring (theo dõi, đôn đốc): the standing office's urging notice to selected late units
 * ({@link #urge}), logged so that the office sees when it last urged each, and what other modules read of lateness —
 * the late units an urging letter names ({@link #lateUnitsToUrge}, for the document module), a unit's items and a
 * campaign's progress for the home pages ({@link #unitItems}, {@link #progress}, for the dashboard) and its standing
 * for the leadership dashboard ({@link #standing}). The progress and the standing are counted by SQL aggregates
 * ({@link StandingCounts}); the rest is read from the report and registration modules'
 * status reads beside the campaign's periods and participants: a constant number of SQL queries whatever the number
 * of units and periods. "Today" is the application clock's day in Asia/Ho_Chi_Minh. Who may do what is
 * {@link MonitoringAccess}'s; the matrix and late-list pages are {@link MonitoringQueries}'.
 */
@Service
@Transactional(readOnly = true)
public class MonitoringService {

	private final CampaignService campaigns;
	private final Lateness lateness;
	private final MonitoringAccess access;
	private final NotificationService notifications;
	private final UrgingRepository urgings;
	private final StandingCounts standings;
	private final CampaignStatusCache kept;
	private final Clock clock;

	MonitoringService(CampaignService campaigns, Lateness lateness, MonitoringAccess access,
			NotificationService notifications, UrgingRepository urgings, StandingCounts standings,
			CampaignStatusCache kept, Clock clock) {
		this.standings = standings;
		this.kept = kept;
		this.campaigns = campaigns;
		this.lateness = lateness;
		this.access = access;
		this.notifications = notifications;
		this.urgings = urgings;
		this.clock = clock;
	}

	// --- urging -----------------------------------------------------------------------------------------------------

	/**
	 * The late list for an urging notice or letter: as {@link MonitoringQueries#lateUnits} for the selected units only
	 * (units that have nothing overdue in the selection are left out).
	 * @throws AccessDeniedException unless the user is of the standing office or an administrator
	 * @throws NotFoundException when there is no such campaign
	 */
	public List<LateUnit> lateUnitsToUrge(CurrentUser user, Long campaignId, ItemSelection selection,
			Collection<Long> unitIds) {
		access.requireUrger(user, campaigns.get(campaignId));
		return lateness.lateUnits(campaignId, selection, Set.copyOf(unitIds));
	}

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
		return urge(user, campaignId, unitIds, selection, false);
	}

	/**
	 * As {@link #urge}, the urging logged as sample data (the demo story's, which sets the clock to the moment it
	 * tells of): the late list marks it so.
	 */
	@Transactional
	public UrgingResult urgeAsSample(CurrentUser user, Long campaignId, Collection<Long> unitIds,
			ItemSelection selection) {
		return urge(user, campaignId, unitIds, selection, true);
	}

	private UrgingResult urge(CurrentUser user, Long campaignId, Collection<Long> unitIds, ItemSelection selection,
			boolean sample) {
		CampaignView campaign = campaigns.get(campaignId);
		access.requireUrger(user, campaign);
		campaigns.requireActive(campaignId);
		Set<Long> selected = unitIds == null ? Set.of() : new LinkedHashSet<>(unitIds);
		if (selected.isEmpty()) {
			throw new DomainException("monitoring.urge.noUnit");
		}
		List<LateUnit> late = lateness.lateUnits(campaignId, selection, selected);
		Actor actor = Actor.of(user, clock.instant());
		int notified = 0;
		for (LateUnit unit : late) {
			UrgingNotice notice = UrgingNotice.of(campaignId, campaign.planNumber(), unit.items());
			int recipients = notifications.notifyUnit(unit.unitId(), NotificationKind.URGING, notice.link(),
					notice.key(), notice.args());
			urgings.save(new Urging(campaignId, unit.unitId(), selection, unit.items().size(), recipients, sample,
					actor));
			notified += recipients;
		}
		return new UrgingResult(late.size(), selected.size() - late.size(), notified);
	}

	// --- what the home pages read -----------------------------------------------------------------------------------

	/**
	 * The unit's items in the campaign as of today: its registration, then its report for every reporting period it
	 * takes part in (by start date), each with its status, due date and days overdue; empty when the unit does not
	 * take part in the campaign.
	 * @throws NotFoundException unless the user may read the unit's data (her own unit, or every unit)
	 */
	public Optional<List<LateItem>> unitItems(CurrentUser user, Long campaignId, Long unitId) {
		access.requireUnitReader(user, unitId);
		// the unit's own rows only: the campaign's 2,000 units' would cost a province's home page 60 ms of CPU
		ParticipantView participant = campaigns.participant(campaignId, unitId).orElse(null);
		if (participant == null) {
			return Optional.empty();
		}
		Statuses statuses = lateness.statusesOfUnit(campaignId, unitId);
		List<LateItem> items = new ArrayList<>();
		items.add(LateItem.of(null, null, statuses.registration(unitId)));
		for (PeriodView period : lateness.reportingPeriods(campaignId)) {
			MatrixCell cell = statuses.report(period, participant);
			if (cell.status().isExpected()) {
				items.add(LateItem.of(period.id(), period.name(), cell));
			}
		}
		return Optional.of(items);
	}

	/**
	 * How the campaign is getting on as of today, counted as the status matrix counts (every participating unit): the
	 * reports and registrations waiting for review, the units with something overdue, the current period's column.
	 * Counted by the database (three aggregates, {@link StandingCounts}), whatever the number of units and periods, and
	 * kept between views while the campaign's status counter and the day stay the same ({@link CampaignStatusCache}).
	 * @throws AccessDeniedException unless the user sees every unit
	 * @throws NotFoundException when there is no such campaign
	 */
	public CampaignProgress progress(CurrentUser user, Long campaignId) {
		access.requireMonitor(user, campaigns.get(campaignId));
		LocalDate today = lateness.today();
		return kept.get(campaignId, today, "progress", () -> progress(campaignId, today));
	}

	private CampaignProgress progress(Long campaignId, LocalDate today) {
		List<PeriodView> periods = lateness.reportingPeriods(campaignId);
		LocalDate deadline = lateness.registrationDeadline(campaignId);
		Map<Long, TotalsRow> byPeriod = standings.periodTotals(campaignId, MatrixFilter.none(), today);
		int reports = byPeriod.values().stream().mapToInt(row -> StandingCounts.count(row.getWaiting())).sum();
		PeriodView current = currentPeriod(periods, today);
		MatrixColumn column = current == null ? null
				: new MatrixColumn(current.id(), current.name(), current.dueDate(),
						StandingCounts.totals(byPeriod.get(current.id())));
		return new CampaignProgress(reports, standings.registrationsWaiting(campaignId, deadline, today),
				standings.lateCount(campaignId, ItemSelection.ALL, deadline, today), column);
	}

	/**
	 * Where the campaign's units stand as of today, for the leadership dashboard: each reporting period's column with
	 * its totals (as the matrix counts them), how many units have an item overdue, how many need attention and the
	 * first {@code shown} of those in the campaign's order, each with its returned and overdue items. A unit needs
	 * attention when it has sent nothing although something of it is overdue, when something of it was returned and
	 * waits for its correction, or when it is one of {@code lowCompletion} (the units whose completion is low, which
	 * the report module judges). Counted by the database: a constant number of SQL statements whatever the number of
	 * units and periods, and only the shown units' items are read; kept between views while the campaign's status
	 * counter, the day and the units of low completion stay the same ({@link CampaignStatusCache}).
	 * @throws AccessDeniedException unless the user sees every unit
	 * @throws NotFoundException when there is no such campaign
	 */
	public CampaignStanding standing(CurrentUser user, Long campaignId, Collection<Long> lowCompletion, int shown) {
		access.requireMonitor(user, campaigns.get(campaignId));
		LocalDate today = lateness.today();
		// the units of low completion are part of the key: kept under the report module's stamp, they change apart
		return kept.get(campaignId, today, new StandingKey(List.copyOf(new TreeSet<>(lowCompletion)), shown),
				() -> standing(campaignId, lowCompletion, today, shown));
	}

	private record StandingKey(List<Long> lowCompletion, int shown) {
	}

	private CampaignStanding standing(Long campaignId, Collection<Long> lowCompletion, LocalDate today, int shown) {
		StandingCounts.Standing standing = standings.standing(campaignId, lowCompletion, today, shown);
		List<MatrixColumn> columns = standing.periods().stream()
			.map(p -> new MatrixColumn(p.id(), p.name(), p.dueDate(), standing.totals().get(p.id())))
			.toList();
		Statuses statuses = lateness.statusesOfUnits(campaignId,
				standing.shown().stream().map(ParticipantView::unitId).toList());
		List<UnitStanding> units = standing.shown().stream()
			.map(p -> standing(p, standing.periods(), statuses))
			.toList();
		return new CampaignStanding(today, columns, standing.lateUnits(), standing.attentionTotal(), units);
	}

	/** The unit's standing with its registration and its reports of every period. */
	private static UnitStanding standing(ParticipantView p, List<PeriodView> periods, Statuses statuses) {
		List<MatrixCell> cells = new ArrayList<>();
		List<LateItem> returned = new ArrayList<>();
		List<LateItem> overdue = new ArrayList<>();
		MatrixCell registration = statuses.registration(p.unitId());
		cells.add(registration);
		sort(LateItem.of(null, null, registration), registration, returned, overdue);
		for (PeriodView period : periods) {
			MatrixCell cell = statuses.report(period, p);
			cells.add(cell);
			sort(LateItem.of(period.id(), period.name(), cell), cell, returned, overdue);
		}
		return new UnitStanding(p.unitId(), p.unitName(), p.unitKind(), Totals.of(cells), List.copyOf(returned),
				List.copyOf(overdue));
	}

	private static void sort(LateItem item, MatrixCell cell, List<LateItem> returned, List<LateItem> overdue) {
		if (cell.status() == CellStatus.RETURNED) {
			returned.add(item);
		}
		if (cell.overdue()) {
			overdue.add(item);
		}
	}

	/** The latest period whose due date has come, else the first; null when there is none. */
	private static PeriodView currentPeriod(List<PeriodView> periods, LocalDate today) {
		PeriodView current = null;
		for (PeriodView period : periods) {
			if (!period.dueDate().isAfter(today)) {
				current = period;
			}
		}
		return current != null || periods.isEmpty() ? current : periods.get(0);
	}
}
