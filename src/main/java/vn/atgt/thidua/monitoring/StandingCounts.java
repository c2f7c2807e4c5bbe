package vn.atgt.thidua.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.campaign.Cadence;
import vn.atgt.thidua.campaign.CampaignStatusCache;
import vn.atgt.thidua.campaign.ParticipantView;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.monitoring.internal.ParticipantRow;
import vn.atgt.thidua.monitoring.internal.StandingRepository;
import vn.atgt.thidua.monitoring.internal.StandingRow;
import vn.atgt.thidua.monitoring.internal.TotalsRow;
import vn.atgt.thidua.unit.UnitKind;

/**
 * Where a campaign's units stand, counted and paged in the database ({@link StandingRepository}) so that a page reads
 * counts and the rows it shows, never every unit × period of the campaign: the columns' totals of the matrix, the
 * participants of one page, the late units of one page and how many units are late. The same rules as
 * {@link CellRules}, which builds the cells of the rows shown; its callers check access.
 */
@Component
class StandingCounts {

	private final StandingRepository repository;
	private final CampaignStatusCache kept;

	StandingCounts(StandingRepository repository, CampaignStatusCache kept) {
		this.repository = repository;
		this.kept = kept;
	}

	/** A page of the filtered matrix's units, in the campaign's order. */
	Page<ParticipantView> participants(Long campaignId, MatrixFilter filter, Pageable pageable) {
		Pageable page = unsorted(pageable);
		List<ParticipantView> rows = repository.participants(campaignId, kind(filter), taskArea(filter), page).stream()
			.map(row -> view(campaignId, row))
			.toList();
		return new PageImpl<>(rows, page, repository.participantCount(campaignId, kind(filter), taskArea(filter)));
	}

	/**
	 * The matrix's columns with their totals over every unit the filter keeps: the registration (due on
	 * {@code deadline}, null when none), then each period in the given order. Two aggregate queries (16 and 3 ms of
	 * PostgreSQL a view at province scale), kept between views while the campaign's status counter and the day stay
	 * the same ({@link CampaignStatusCache}: the periods and the deadline change with the counter too).
	 */
	List<MatrixColumn> columns(Long campaignId, List<PeriodView> periods, MatrixFilter filter, LocalDate deadline,
			LocalDate today) {
		ColumnsKey key = new ColumnsKey(kind(filter), taskArea(filter), deadline, List.copyOf(periods));
		return kept.get(campaignId, today, key, () -> countColumns(campaignId, periods, filter, deadline, today));
	}

	/** The key of the matrix's columns in the campaign's status cache. */
	private record ColumnsKey(String kind, long taskAreaId, LocalDate deadline, List<PeriodView> periods) {
	}

	private List<MatrixColumn> countColumns(Long campaignId, List<PeriodView> periods, MatrixFilter filter,
			LocalDate deadline, LocalDate today) {
		List<MatrixColumn> columns = new ArrayList<>(periods.size() + 1);
		TotalsRow registration = repository.registrationTotals(campaignId, lateFrom(deadline),
				pastDeadline(deadline, today), kind(filter), taskArea(filter));
		columns.add(new MatrixColumn(null, null, deadline, totals(registration)));
		Map<Long, TotalsRow> byPeriod = periodTotals(campaignId, filter, today);
		for (PeriodView period : periods) {
			columns.add(new MatrixColumn(period.id(), period.name(), period.dueDate(), totals(byPeriod.get(period.id()))));
		}
		return List.copyOf(columns);
	}

	/** Each reporting period's counts (with the reports waiting for review), by period id. */
	Map<Long, TotalsRow> periodTotals(Long campaignId, MatrixFilter filter, LocalDate today) {
		Map<Long, TotalsRow> byPeriod = new HashMap<>();
		repository.periodTotals(campaignId, today, kind(filter), taskArea(filter))
			.forEach(row -> byPeriod.put(row.getPeriodId(), row));
		return byPeriod;
	}

	/** The registrations sent and waiting for the office, over every participant. */
	int registrationsWaiting(Long campaignId, LocalDate deadline, LocalDate today) {
		return count(repository.registrationTotals(campaignId, lateFrom(deadline), pastDeadline(deadline, today), "",
				0L).getWaiting());
	}

	/** How many participants have an item of the selection overdue today. */
	int lateCount(Long campaignId, ItemSelection selection, LocalDate deadline, LocalDate today) {
		return (int) repository.lateCount(campaignId, today, withReports(selection), period(selection),
				registrationOverdue(selection, deadline, today), deadlineOr(deadline, today));
	}

	/**
	 * A page of the participants with an item of the selection overdue: the oldest overdue first. Which units are
	 * late, in order, is one aggregate over every participant × period (11.5 ms of PostgreSQL a view at province
	 * scale, and as much again to count them), kept between views while the campaign's status counter and the day
	 * stay the same ({@link CampaignStatusCache}); the page reads its own units' rows (a statement whatever the data,
	 * {@code [0]} for none).
	 */
	Page<ParticipantView> lateParticipants(Long campaignId, ItemSelection selection, LocalDate deadline,
			LocalDate today, Pageable pageable) {
		Pageable page = unsorted(pageable);
		boolean withReports = withReports(selection);
		long periodId = period(selection);
		boolean registrationOverdue = registrationOverdue(selection, deadline, today);
		LocalDate due = deadlineOr(deadline, today);
		List<Long> late = kept.get(campaignId, today, new LateKey(withReports, periodId, registrationOverdue, due),
				() -> List.copyOf(repository.lateUnits(campaignId, today, withReports, periodId, registrationOverdue,
						due)));
		int from = (int) Math.min(page.getOffset(), late.size());
		List<Long> shown = late.subList(from, Math.min(from + page.getPageSize(), late.size()));
		Map<Long, ParticipantRow> byUnit = new HashMap<>();
		repository.participantsOf(campaignId, shown.isEmpty() ? List.of(0L) : shown)
			.forEach(row -> byUnit.put(row.getUnitId(), row));
		List<ParticipantView> rows = shown.stream()
			.map(byUnit::get)
			.filter(Objects::nonNull)
			.map(row -> view(campaignId, row))
			.toList();
		return new PageImpl<>(rows, page, late.size());
	}

	/** The key of the late units of a selection in the campaign's status cache. */
	private record LateKey(boolean withReports, long periodId, boolean registrationOverdue, LocalDate deadline) {
	}

	/**
	 * Where the campaign stands for the leadership dashboard: its reporting periods (by start date) with their totals,
	 * the participants needing attention that the page shows, how many need it and how many are late.
	 */
	record Standing(List<PeriodView> periods, Map<Long, Totals> totals, List<ParticipantView> shown,
			int attentionTotal, int lateUnits) {
	}

	/**
	 * The campaign's standing today, the first {@code shown} participants needing attention in the campaign's order:
	 * one statement ({@link StandingRepository#standing}). {@code lowUnits}: the units of low completion.
	 */
	Standing standing(Long campaignId, Collection<Long> lowUnits, LocalDate today, int shown) {
		List<PeriodView> periods = new ArrayList<>();
		Map<Long, Totals> totals = new HashMap<>();
		List<ParticipantView> needing = new ArrayList<>();
		int attentionTotal = 0;
		int late = 0;
		for (StandingRow row : repository.standing(campaignId, today, lowUnits.isEmpty() ? List.of(0L) : lowUnits,
				Math.max(shown, 1))) {
			if ("PERIOD".equals(row.getKind())) {
				periods.add(new PeriodView(row.getPeriodId(), campaignId, Cadence.valueOf(row.getCadence()),
						row.getPeriodName(), row.getStartDate(), row.getEndDate(), row.getDueDate(), false,
						row.getPeriodVersion()));
				totals.put(row.getPeriodId(), totals(row));
				continue;
			}
			attentionTotal = count(row.getAttentionTotal());
			late = count(row.getLateUnits());
			if (count(row.getAttention()) > 0 && needing.size() < shown) {
				needing.add(view(campaignId, row));
			}
		}
		periods.sort(Lateness.PERIOD_ORDER);
		return new Standing(List.copyOf(periods), totals, List.copyOf(needing), attentionTotal, late);
	}

	static Totals totals(TotalsRow row) {
		if (row == null) {
			return new Totals(0, 0, 0, 0, 0, 0);
		}
		return new Totals(count(row.getExpected()), count(row.getSubmitted()), count(row.getLate()),
				count(row.getOverdue()), count(row.getAccepted()), count(row.getReturned()));
	}

	static int count(Long value) {
		return value == null ? 0 : value.intValue();
	}

	private static ParticipantView view(Long campaignId, ParticipantRow r) {
		return new ParticipantView(r.getId(), campaignId, r.getUnitId(), r.getUnitName(), r.getUnitShortName(),
				r.getUnitKind() == null ? null : UnitKind.valueOf(r.getUnitKind()), r.getContactName(),
				r.getContactPosition(), r.getContactPhone(), r.getContactEmail(), r.getJoinedOn(), r.getLeftOn(),
				r.getVersion() == null ? 0 : r.getVersion());
	}

	/** The page asked for, without a sort: the order is the campaign's (a sort parameter would reach the SQL). */
	private static Pageable unsorted(Pageable pageable) {
		return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
	}

	private static String kind(MatrixFilter filter) {
		return filter.unitKind() == null ? "" : filter.unitKind().name();
	}

	private static long taskArea(MatrixFilter filter) {
		return filter.taskAreaId() == null ? 0L : filter.taskAreaId();
	}

	private static boolean withReports(ItemSelection selection) {
		return selection.scope() != ItemSelection.Scope.REGISTRATION;
	}

	private static long period(ItemSelection selection) {
		return selection.periodId() == null ? 0L : selection.periodId();
	}

	private static boolean registrationOverdue(ItemSelection selection, LocalDate deadline, LocalDate today) {
		return selection.includes(null) && pastDeadline(deadline, today);
	}

	private static LocalDate deadlineOr(LocalDate deadline, LocalDate today) {
		return deadline == null ? today : deadline;
	}

	private static boolean pastDeadline(LocalDate deadline, LocalDate today) {
		return deadline != null && today.isAfter(deadline);
	}

	/** The first moment after the deadline (Asia/Ho_Chi_Minh): a registration sent from then on is late. */
	private static Instant lateFrom(LocalDate deadline) {
		return deadline == null ? Instant.parse("9999-12-31T00:00:00Z")
				: deadline.plusDays(1).atStartOfDay(Formats.ZONE).toInstant();
	}
}
