package vn.atgt.thidua.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.ParticipantView;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.monitoring.internal.LastUrging;
import vn.atgt.thidua.monitoring.internal.UrgingRepository;
import vn.atgt.thidua.registration.RegistrationService;
import vn.atgt.thidua.registration.RegistrationStatusRow;
import vn.atgt.thidua.report.ReportService;
import vn.atgt.thidua.report.ReportStatusRow;

/**
 * What the module's door, its page reads and its reminders share: "today" (the application clock's day in
 * Asia/Ho_Chi_Minh), the reporting periods of a campaign, where its units stand ({@link Statuses}, read from the report
 * and registration modules' status reads in one query each, whatever the number of units and periods) and which units
 * have items overdue. It checks nobody's access: its callers do.
 */
@Component
class Lateness {

	/** The order of a campaign's reporting periods: by start date, then by cadence. */
	static final Comparator<PeriodView> PERIOD_ORDER = Comparator.comparing(PeriodView::startDate)
		.thenComparing(PeriodView::cadence);

	private final CampaignService campaigns;
	private final ReportService reports;
	private final RegistrationService registrations;
	private final UrgingRepository urgings;
	private final Clock clock;

	Lateness(CampaignService campaigns, ReportService reports, RegistrationService registrations,
			UrgingRepository urgings, Clock clock) {
		this.campaigns = campaigns;
		this.reports = reports;
		this.registrations = registrations;
		this.urgings = urgings;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
	}

	/** The campaign's registration deadline, null when the office set none. */
	LocalDate registrationDeadline(Long campaignId) {
		return registrations.registrationDeadline(campaignId).orElse(null);
	}

	/** The reporting periods of the campaign (the baseline left out), by start date. */
	List<PeriodView> reportingPeriods(Long campaignId) {
		return campaigns.periods(campaignId).stream()
			.filter(p -> !p.baseline())
			.sorted(PERIOD_ORDER)
			.toList();
	}

	/** Where the campaign's units stand with their reports and registrations today. */
	Statuses statuses(Long campaignId) {
		return statuses(campaignId, true, true);
	}

	/** As {@link #statuses(Long)}, for one unit's items only: a unit's home page reads its own rows, not the campaign's. */
	Statuses statusesOfUnit(Long campaignId, Long unitId) {
		Map<Statuses.UnitPeriod, ReportStatusRow> reportRows = new HashMap<>();
		reports.reportStatuses(campaignId, unitId)
			.forEach(r -> reportRows.put(new Statuses.UnitPeriod(r.unitId(), r.periodId()), r));
		Map<Long, RegistrationStatusRow> registrationRows = new HashMap<>();
		registrations.registrationStatuses(campaignId, unitId).forEach(r -> registrationRows.put(r.unitId(), r));
		return new Statuses(campaignId, today(), reportRows, registrationRows);
	}

	/** As {@link #statuses(Long)}, for the given units' items only (a page of the matrix or of the late list). */
	Statuses statusesOfUnits(Long campaignId, Collection<Long> unitIds) {
		// an empty page reads the same statements as a full one (the statement-count tests; no unit has id 0)
		Collection<Long> units = unitIds.isEmpty() ? List.of(0L) : unitIds;
		Map<Statuses.UnitPeriod, ReportStatusRow> reportRows = new HashMap<>();
		reports.reportStatuses(campaignId, units)
			.forEach(r -> reportRows.put(new Statuses.UnitPeriod(r.unitId(), r.periodId()), r));
		Map<Long, RegistrationStatusRow> registrationRows = new HashMap<>();
		registrations.registrationStatuses(campaignId, units).forEach(r -> registrationRows.put(r.unitId(), r));
		return new Statuses(campaignId, today(), reportRows, registrationRows);
	}

	/** As {@link #statuses(Long)}, reading only the kinds of item asked for (the others read as not started). */
	Statuses statuses(Long campaignId, boolean withReports, boolean withRegistrations) {
		Map<Statuses.UnitPeriod, ReportStatusRow> reportRows = new HashMap<>();
		if (withReports) {
			reports.reportStatuses(campaignId)
				.forEach(r -> reportRows.put(new Statuses.UnitPeriod(r.unitId(), r.periodId()), r));
		}
		Map<Long, RegistrationStatusRow> registrationRows = new HashMap<>();
		if (withRegistrations) {
			registrations.registrationStatuses(campaignId).forEach(r -> registrationRows.put(r.unitId(), r));
		}
		return new Statuses(campaignId, today(), reportRows, registrationRows);
	}

	/**
	 * The units with an item of the selection overdue today (of {@code onlyUnits} when not null), each with its late
	 * items, its person in charge and its last urging; most days overdue first, then in the campaign's order of units.
	 */
	List<LateUnit> lateUnits(Long campaignId, ItemSelection selection, Set<Long> onlyUnits) {
		List<PeriodView> periods = selected(reportingPeriods(campaignId), selection);
		Statuses statuses = statuses(campaignId, !periods.isEmpty(), selection.includes(null));
		Map<Long, LastUrging> lastUrged = urgings.latest(campaignId).stream()
			.collect(Collectors.toMap(LastUrging::unitId, Function.identity()));
		List<LateUnit> late = new ArrayList<>();
		for (ParticipantView p : campaigns.participants(campaignId)) {
			if (onlyUnits == null || onlyUnits.contains(p.unitId())) {
				lateUnit(p, selection, periods, statuses, lastUrged.get(p.unitId())).ifPresent(late::add);
			}
		}
		late.sort(Comparator.comparingInt(LateUnit::daysOverdue).reversed());
		return late;
	}

	/**
	 * The given late participants (a page of the late list, read in its order) with their late items: the statuses
	 * and last urgings of these units only.
	 */
	List<LateUnit> lateUnitsOf(Long campaignId, ItemSelection selection, List<PeriodView> reportingPeriods,
			List<ParticipantView> participants) {
		List<Long> unitIds = participants.stream().map(ParticipantView::unitId).toList();
		List<PeriodView> periods = selected(reportingPeriods, selection);
		Statuses statuses = statusesOfUnits(campaignId, unitIds);
		Map<Long, LastUrging> lastUrged = urgings.latestOf(campaignId, unitIds.isEmpty() ? List.of(0L) : unitIds)
			.stream()
			.collect(Collectors.toMap(LastUrging::unitId, Function.identity()));
		List<LateUnit> late = new ArrayList<>();
		for (ParticipantView p : participants) {
			lateUnit(p, selection, periods, statuses, lastUrged.get(p.unitId())).ifPresent(late::add);
		}
		return late;
	}

	/** The reporting periods of the selection, by due date. */
	private static List<PeriodView> selected(List<PeriodView> reportingPeriods, ItemSelection selection) {
		return reportingPeriods.stream()
			.filter(p -> selection.includes(p.id()))
			.sorted(Comparator.comparing(PeriodView::dueDate).thenComparing(PeriodView::startDate))
			.toList();
	}

	/** The participant as a late unit with its items of the selection overdue; empty when none is. */
	private static Optional<LateUnit> lateUnit(ParticipantView p, ItemSelection selection, List<PeriodView> periods,
			Statuses statuses, LastUrging urged) {
		List<LateItem> items = new ArrayList<>();
		if (selection.includes(null)) {
			MatrixCell cell = statuses.registration(p.unitId());
			if (cell.overdue()) {
				items.add(LateItem.of(null, null, cell));
			}
		}
		for (PeriodView period : periods) {
			MatrixCell cell = statuses.report(period, p);
			if (cell.overdue()) {
				items.add(LateItem.of(period.id(), period.name(), cell));
			}
		}
		if (items.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new LateUnit(p.unitId(), p.unitName(), p.unitKind(), p.contactName(), p.contactPosition(),
				p.contactPhone(), p.contactEmail(), List.copyOf(items), urged == null ? null : urged.at(),
				urged != null && urged.sample()));
	}
}
