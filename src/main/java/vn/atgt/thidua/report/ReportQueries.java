package vn.atgt.thidua.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignStatusCache;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.ParticipantView;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.report.ListSlots.Slot;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.registration.TargetView;
import vn.atgt.thidua.report.internal.EarlierSum;
import vn.atgt.thidua.report.internal.EntryRow;
import vn.atgt.thidua.report.internal.OverviewRow;
import vn.atgt.thidua.report.internal.ProgressReportRepository;
import vn.atgt.thidua.report.internal.QueueRow;
import vn.atgt.thidua.report.internal.ReportHeader;
import vn.atgt.thidua.unit.UnitKind;
import vn.atgt.thidua.unit.UnitService;

/**
 * The report pages' read models: a report with everything its page shows, a unit's list of its reports, the list of
 * every unit's report for the office and leaders, and the office's review queue. Each read asks {@link ReportAccess}
 * first and issues a number of SQL statements that does not grow with the data; lists are paged and counted in SQL.
 */
@Service
@Transactional(readOnly = true)
public class ReportQueries {

	private final ProgressReportRepository reports;
	private final ReportAccess access;
	private final ReportTargets reportTargets;
	private final EvidenceService evidence;
	private final CampaignService campaigns;
	private final UnitService units;
	private final CampaignStatusCache kept;
	private final Clock clock;

	ReportQueries(ProgressReportRepository reports, ReportAccess access, ReportTargets reportTargets,
			EvidenceService evidence, CampaignService campaigns, UnitService units, CampaignStatusCache kept,
			Clock clock) {
		this.reports = reports;
		this.access = access;
		this.reportTargets = reportTargets;
		this.evidence = evidence;
		this.campaigns = campaigns;
		this.units = units;
		this.kept = kept;
		this.clock = clock;
	}

	// --- a report ---------------------------------------------------------------------------------------------------

	/**
	 * A report with everything its page shows, in a constant number of queries: its entries (for a report the unit
	 * may still change, the targets approved since it was started too) with the cumulative values of earlier accepted
	 * reports, its narratives, evidence and history.
	 * @throws NotFoundException unless the user may read the report
	 */
	public ReportView report(CurrentUser user, Long reportId) {
		ReportHeader h = access.readable(user, reportId);
		PeriodView period = campaigns.period(h.periodId())
			.orElseThrow(() -> new NotFoundException("reporting period", h.periodId()));
		Map<Long, EntryRow> entryRows = reports.entries(reportId).stream()
			.collect(Collectors.toMap(EntryRow::targetId, Function.identity()));
		Map<Long, TargetView> targets = reportTargets.of(h, entryRows.keySet());
		Map<Long, EarlierSum> earlier = targets.isEmpty() ? Map.of()
				: reports.earlier(h.campaignId(), h.unitId(), period.cadence().name(), period.startDate()).stream()
					.collect(Collectors.toMap(EarlierSum::getTargetId, Function.identity()));
		List<EntryView> entries = new ArrayList<>();
		for (TargetView target : targets.values()) {
			EntryRow e = entryRows.get(target.id());
			EarlierSum before = earlier.get(target.id());
			entries.add(new EntryView(e == null ? null : e.id(), target, e == null ? null : e.periodValue(),
					e == null ? null : e.milestoneDone(), e == null ? null : e.comment(),
					e == null ? null : e.reviewComment(), before == null ? null : before.getTotal(),
					before == null ? null : before.getLatestValue(), before != null && before.isDone()));
		}
		Map<Long, NarrativeView> narratives = reports.narratives(reportId).stream()
			.collect(Collectors.toMap(NarrativeView::taskAreaId, Function.identity()));
		return new ReportView(h.id(), h.campaignId(), h.unitId(), units.nameOf(h.unitId()), period, h.status(),
				h.version(), h.firstSubmittedAt(), h.lastSubmittedAt(), h.lateDays(), h.decidedAt(), h.officeNote(),
				h.reopened(), overdueDays(period, h.status().isSubmitted(), today()), h.difficulties(), h.proposals(),
				List.copyOf(entries), narratives, evidence.evidenceOf(reportId), reports.history(reportId));
	}

	/**
	 * The page of a report: the report, its campaign's header and task areas, and what the user may do with it.
	 * @throws NotFoundException unless the user may read the report
	 */
	public ReportPage reportPage(CurrentUser user, Long reportId) {
		ReportView report = report(user, reportId);
		CampaignView campaign = campaigns.get(report.campaignId());
		return new ReportPage(campaign, campaigns.taskAreas(report.campaignId()), report,
				access.actions(user, report.scope(), campaign));
	}

	// --- a unit's reports -------------------------------------------------------------------------------------------

	/**
	 * A unit's reports of the campaign, one row per reporting period the unit takes part in (latest period first),
	 * with where each report stands; periods the unit has not opened read "Chưa thực hiện".
	 * @throws NotFoundException unless the user may read the unit's data and the unit takes part in the campaign
	 */
	public List<ReportRow> reportsOfUnit(CurrentUser user, Long campaignId, Long unitId) {
		access.requireUnitReadable(user, unitId);
		ParticipantView participant = campaigns.participant(campaignId, unitId)
			.orElseThrow(() -> new NotFoundException("reports of unit", unitId));
		Map<Long, ReportStatusRow> byPeriod = reports.statusesOfUnit(campaignId, unitId).stream()
			.collect(Collectors.toMap(ReportStatusRow::periodId, Function.identity()));
		LocalDate today = today();
		return campaigns.periods(campaignId).stream()
			.filter(p -> !p.baseline() && participant.participatesIn(p))
			.sorted(Comparator.comparing(PeriodView::startDate).reversed().thenComparing(PeriodView::cadence))
			.map(p -> row(unitId, participant.unitName(), participant.unitKind(), p, byPeriod.get(p.id()), today))
			.toList();
	}

	/** The list page of a unit user: her unit's reports, or nothing when her unit does not take part. */
	public UnitReportsPage unitReports(CurrentUser user, Long campaignId) {
		CampaignView campaign = campaigns.get(campaignId);
		access.requireCommittee(user, campaign);
		if (!campaigns.isParticipant(campaignId, user.unitId())) {
			return new UnitReportsPage(campaign, false, null, List.of(), false);
		}
		return new UnitReportsPage(campaign, true, user.unitName(), reportsOfUnit(user, campaignId, user.unitId()),
				access.mayOpen(user, campaign));
	}

	// --- every unit's reports ---------------------------------------------------------------------------------------

	/**
	 * One page of every participating unit's report for every period it takes part in that has begun (a period to
	 * come only when the filter asks for it: every unit would be "not started" there), latest period first and units
	 * in the campaign's order, filtered by period, unit and status; paged, counted and summed up by status in SQL, the
	 * sums by status kept between views while the campaign's status counter and the day stay the same (they also give
	 * how many rows there are, unless a unit is filtered). Unfiltered but for the period (the list as first shown and
	 * paged), the rows are chosen from the participants as kept and only the page's reports are read
	 * ({@link #everyUnitsPage}); filtered by unit, name or status, SQL pages the join.
	 * @throws AccessDeniedException unless the user sees all units
	 */
	public ReportOverviewPage overview(CurrentUser user, Long campaignId, ReportFilter filter, Pageable pageable) {
		CampaignView campaign = campaigns.get(campaignId);
		access.requireSeesAll(user, campaign);
		LocalDate today = today();
		List<PeriodView> periods = reportingPeriods(campaignId);
		Map<Long, PeriodView> byId = periods.stream().collect(Collectors.toMap(PeriodView::id, Function.identity()));
		String status = filter.status() == null || filter.status().isBlank() ? null : filter.status();
		Map<String, Long> counts = kept.get(campaignId, today, new StatusCountsKey(filter.periodId()),
				() -> statusCounts(campaignId, today, filter.periodId()));
		Pageable page = unsorted(pageable);
		if (status == null && filter.unitId() == null && "%".equals(filter.namePattern())) {
			// every unit's rows are those the status counts count
			long total = counts.values().stream().mapToLong(Long::longValue).sum();
			return new ReportOverviewPage(campaign, everyUnitsPage(campaignId, periods, filter.periodId(), page, total,
					today), counts, periods, null, filter);
		}
		List<OverviewRow> shown = status == null
				? reports.overview(campaignId, today, filter.periodId() == null, filter.periodId(),
						filter.unitId() == null, filter.unitId(), filter.namePattern(),
						page.isPaged() ? page.getOffset() : 0, page.isPaged() ? page.getPageSize() : Integer.MAX_VALUE)
				: reports.overviewOfStatus(campaignId, today, filter.periodId() == null, filter.periodId(),
						filter.unitId() == null, filter.unitId(), filter.namePattern(), false, status, page);
		// every unit's rows of a status are those the status counts count (unfiltered, the page returned above)
		long total = filter.unitId() == null && "%".equals(filter.namePattern()) ? counts.getOrDefault(status, 0L)
				: reports.overviewCount(campaignId, today, filter.periodId() == null, filter.periodId(),
						filter.unitId() == null, filter.unitId(), filter.namePattern(), status == null, status);
		List<Long> reportIds = shown.stream().map(OverviewRow::getReportId).filter(Objects::nonNull).toList();
		Map<Long, ReportStatusRow> opened = reportIds.isEmpty() ? Map.of() : reports.statusesOf(reportIds).stream()
			.collect(Collectors.toMap(ReportStatusRow::reportId, Function.identity()));
		Page<ReportRow> rows = new PageImpl<>(shown, page, total).map(r -> row(r.getUnitId(), r.getUnitName(),
				r.getUnitKind(), byId.get(r.getPeriodId()),
				r.getReportId() == null ? null : opened.get(r.getReportId()), today));
		return new ReportOverviewPage(campaign, rows, counts, periods, filteredUnitName(filter), filter);
	}

	/**
	 * The standing office's queue: the submitted reports of the campaign, oldest submission first, filtered by period,
	 * unit (by id or by words of its name) and task area (reports with an entry on an approved target under it, or
	 * with a narrative under it); a constant number of queries per page.
	 * @throws AccessDeniedException unless the user sees all units
	 */
	public ReviewQueuePage reviewQueue(CurrentUser user, Long campaignId, ReportFilter filter, Pageable pageable) {
		CampaignView campaign = campaigns.get(campaignId);
		access.requireSeesAll(user, campaign);
		Pageable asked = unsorted(pageable);
		List<QueueRow> shown = reports.queue(campaignId, filter.periodId() == null, filter.periodId(),
				filter.unitId() == null, filter.unitId(), filter.namePattern(), filter.taskAreaId() == null,
				filter.taskAreaId(), asked.isPaged() ? asked.getOffset() : 0,
				asked.isPaged() ? asked.getPageSize() : Integer.MAX_VALUE);
		// counted as Spring Data counts a page: not when the page shows the last rows
		Page<QueueRow> page = PageableExecutionUtils.getPage(shown, asked,
				() -> reports.queueCount(campaignId, filter.periodId() == null, filter.periodId(),
						filter.unitId() == null, filter.unitId(), filter.namePattern(), filter.taskAreaId() == null,
						filter.taskAreaId()));
		Map<Long, ReviewRow> figures = page.isEmpty() ? Map.of()
				: reports.queueRows(page.map(QueueRow::getReportId).getContent()).stream()
					.collect(Collectors.toMap(ReviewRow::reportId, Function.identity()));
		List<PeriodView> periods = reportingPeriods(campaignId);
		Map<Long, PeriodView> byId = periods.stream().collect(Collectors.toMap(PeriodView::id, Function.identity()));
		Page<ReviewRow> rows = page.map(q -> {
			ReviewRow r = figures.get(q.getReportId());
			PeriodView period = byId.get(r.periodId());
			return new ReviewRow(r.reportId(), r.unitId(), q.getUnitName(), r.periodId(),
					period == null ? null : period.name(), period == null ? null : period.dueDate(),
					r.firstSubmittedAt(), r.lastSubmittedAt(), r.lateDays(), r.entries(), r.evidence(), r.version());
		});
		return new ReviewQueuePage(campaign, rows, periods, campaigns.taskAreas(campaignId), filteredUnitName(filter),
				filter, access.mayDecide(user, campaign));
	}

	/** The key of the campaign's participants, in their order, in the campaign's status cache. */
	private record ParticipantsKey() {
	}

	private static final ParticipantsKey PARTICIPANTS = new ParticipantsKey();

	/**
	 * A page of the list of reports unfiltered but for the period: its rows chosen in Java ({@link ListSlots}) from
	 * the campaign's participants in their order ({@link CampaignService#participants(Long)}), kept while the
	 * campaign's status counter and the day stay the same (participants joining or leaving and a unit renamed raise
	 * it), and only the page's reports read (issue 19: the page's statement sorted the 2,000 participants × periods by
	 * their unit's name at each view, ~4 ms of PostgreSQL). The periods shown: the one filtered, else those begun by
	 * {@code today}.
	 */
	private Page<ReportRow> everyUnitsPage(Long campaignId, List<PeriodView> periods, Long periodId, Pageable page,
			long total, LocalDate today) {
		List<ParticipantView> participants = kept.get(campaignId, today, PARTICIPANTS,
				() -> campaigns.participants(campaignId));
		List<PeriodView> shown = periods.stream()
			.filter(p -> periodId == null ? !p.startDate().isAfter(today) : p.id().equals(periodId))
			.toList();
		long from = page.isPaged() ? page.getOffset() : 0;
		List<Slot> slots = ListSlots.window(participants, shown, from,
				page.isPaged() ? from + page.getPageSize() : Long.MAX_VALUE);
		Map<List<Long>, ReportStatusRow> opened = slots.isEmpty() ? Map.of()
				: reports.statusesOfRows(campaignId, slots.stream().map(s -> s.period().id()).distinct().toList(),
						slots.stream().map(s -> s.unit().unitId()).distinct().toList())
					.stream()
					.collect(Collectors.toMap(r -> List.of(r.periodId(), r.unitId()), Function.identity()));
		List<ReportRow> rows = slots.stream()
			.map(s -> row(s.unit().unitId(), s.unit().unitName(), s.unit().unitKind(), s.period(),
					opened.get(List.of(s.period().id(), s.unit().unitId())), today))
			.toList();
		return new PageImpl<>(rows, page, total);
	}

	/** The key of the list's status counts in the campaign's status cache: the period filtered (null: every one). */
	private record StatusCountsKey(Long periodId) {
	}

	/**
	 * How many of the list's rows have each status, over the period filtered or every period begun: every status
	 * named, zero where none. Kept between views while the campaign's status counter and the day stay the same
	 * ({@link CampaignStatusCache}: the one aggregate of the page over every participant × period, 12 ms of
	 * PostgreSQL a view at province scale).
	 */
	private Map<String, Long> statusCounts(Long campaignId, LocalDate today, Long periodId) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (ReportStatus s : ReportStatus.values()) {
			counts.put(s.name(), 0L);
		}
		counts.put(ReportFilter.NOT_STARTED, 0L);
		reports.statusCounts(campaignId, today, periodId == null, periodId)
			.forEach(c -> counts.put(c.getStatus(), c.getRows()));
		return Collections.unmodifiableMap(counts);
	}

	// --- helpers ----------------------------------------------------------------------------------------------------

	/** A unit's row for a period, with its report where there is one ({@code report} null: "Chưa thực hiện"). */
	private static ReportRow row(Long unitId, String unitName, UnitKind kind, PeriodView period, ReportStatusRow report,
			LocalDate today) {
		boolean submitted = report != null && report.submitted();
		return new ReportRow(unitId, unitName, kind, period, report == null ? null : report.reportId(),
				report == null ? null : report.status(), report == null ? null : report.lastSubmittedAt(),
				report == null ? null : report.lateDays(), overdueDays(period, submitted, today),
				!today.isBefore(period.startDate()));
	}

	/** The name of the unit the filter names by id (a link from the monitoring pages), else null. */
	private String filteredUnitName(ReportFilter filter) {
		return filter.unitId() == null ? null : units.nameOf(filter.unitId());
	}

	/** The campaign's reporting periods (no baseline period), for the filters and the rows. */
	private List<PeriodView> reportingPeriods(Long campaignId) {
		return campaigns.periods(campaignId).stream().filter(p -> !p.baseline()).toList();
	}

	/** The list's order is the query's own; a {@code ?sort=} of the address does not change it. */
	private static Pageable unsorted(Pageable pageable) {
		return pageable.isUnpaged() ? pageable : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
	}

	/** Calendar days since the due date of a report that is not in; null when it is in or not due yet. */
	static Integer overdueDays(PeriodView period, boolean submitted, LocalDate today) {
		if (submitted || !today.isAfter(period.dueDate())) {
			return null;
		}
		return (int) ChronoUnit.DAYS.between(period.dueDate(), today);
	}
}
