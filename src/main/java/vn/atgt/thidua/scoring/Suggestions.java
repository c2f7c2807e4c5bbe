package vn.atgt.thidua.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.accident.AccidentAccess;
import vn.atgt.thidua.accident.AccidentComparison;
import vn.atgt.thidua.accident.AccidentService;
import vn.atgt.thidua.accident.AreaComparison;
import vn.atgt.thidua.accident.BlackSpotService;
import vn.atgt.thidua.accident.BlackSpotStatus;
import vn.atgt.thidua.accident.BlackSpotStatusCount;
import vn.atgt.thidua.accident.Criterion;
import vn.atgt.thidua.accident.Cumulative;
import vn.atgt.thidua.campaign.Cadence;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.campaign.TaskAreaView;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.report.ReportProgress;
import vn.atgt.thidua.report.ReportService;
import vn.atgt.thidua.report.ReportStatusRow;
import vn.atgt.thidua.report.TargetProgressRow;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * Suggested points beside the lines of a unit's score that data can inform ({@link SuggestionRule}), read through the
 * doors of the report and accident modules: each kind of data once per page, whatever the number of lines (the
 * unit's target progress: two statements; the campaign's report statuses: one; the accident comparison: a constant
 * number; the black spots the unit treats: one aggregate), and only the kinds the table's lines ask for. The arithmetic is in the static methods, each rounded to two
 * decimals; a suggestion never goes into a score by itself.
 */
@Service
@Transactional(readOnly = true)
public class Suggestions {

	private static final int SCALE = 2;
	private static final List<Criterion> ACCIDENT_CRITERIA = List.of(Criterion.CASES, Criterion.DEATHS,
			Criterion.INJURED);

	private final ReportService reports;
	private final ReportProgress progress;
	private final AccidentService accidents;
	private final AccidentAccess accidentAccess;
	private final BlackSpotService blackSpots;
	private final CampaignService campaigns;
	private final UnitService units;
	private final Clock clock;

	Suggestions(ReportService reports, ReportProgress progress, AccidentService accidents,
			AccidentAccess accidentAccess, BlackSpotService blackSpots, CampaignService campaigns, UnitService units,
			Clock clock) {
		this.reports = reports;
		this.progress = progress;
		this.accidents = accidents;
		this.accidentAccess = accidentAccess;
		this.blackSpots = blackSpots;
		this.campaigns = campaigns;
		this.units = units;
		this.clock = clock;
	}

	/** The suggestions for the unit's lines, by criterion id (lines without a rule have none). */
	Map<Long, CriterionSuggestion> forUnit(CurrentUser user, CampaignView campaign, ScoreTableView table,
			Long unitId) {
		List<CriterionView> lines = table.criteria().stream().filter(c -> c.leaf() && c.rule() != null).toList();
		Map<Long, CriterionSuggestion> result = new HashMap<>();
		if (lines.isEmpty()) {
			return result;
		}
		Map<SuggestionRule, Boolean> asked = new EnumMap<>(SuggestionRule.class);
		lines.forEach(c -> asked.put(c.rule(), true));
		Map<Long, List<TargetProgressRow>> targets = asked.containsKey(SuggestionRule.TARGETS)
				? progress.progress(campaign.id(), unitId).stream()
					.collect(Collectors.groupingBy(r -> r.taskAreaId() == null ? 0L : r.taskAreaId()))
				: Map.of();
		Map<Long, String> areaNames = asked.containsKey(SuggestionRule.TARGETS) ? campaigns.taskAreas(campaign.id())
			.stream().collect(Collectors.toMap(TaskAreaView::id, a -> a.number() + ". " + a.title())) : Map.of();
		ReportCount count = asked.containsKey(SuggestionRule.REPORTS_ON_TIME)
				|| asked.containsKey(SuggestionRule.LATE_REPORTS) ? reportCount(campaign.id(), unitId) : null;
		Optional<AreaFigures> figures = asked.containsKey(SuggestionRule.ACCIDENTS)
				? accidentFigures(user, campaign, unitId) : Optional.empty();
		List<BlackSpotStatusCount> spots = asked.containsKey(SuggestionRule.BLACK_SPOTS)
				&& accidentAccess.reads(user, campaign) ? blackSpots.countByStatus(user, campaign.id(), unitId) : null;
		for (CriterionView c : lines) {
			CriterionSuggestion s = switch (c.rule()) {
				case TARGETS -> targets(c, targets.getOrDefault(c.taskAreaId(), List.of()),
						areaNames.getOrDefault(c.taskAreaId(), ""));
				case REPORTS_ON_TIME -> onTime(c, count);
				case LATE_REPORTS -> late(c, count);
				case ACCIDENTS -> accidents(c, figures.orElse(null));
				case BLACK_SPOTS -> blackSpots(c, spots);
			};
			result.put(c.id(), s);
		}
		return result;
	}

	// --- the arithmetic ---------------------------------------------------------------------------------------------

	/** Reports due so far of the campaign's main cadence: sent on time, sent late, not sent. */
	record ReportCount(int due, int onTime, int late, int missing) {
	}

	/** The unit's area's figures summed over the months with confirmed figures, and the baseline's. */
	record AreaFigures(String area, int months, int[] current, int[] baseline) {
	}

	/** Maximum × targets met ÷ approved targets of the task area. */
	static CriterionSuggestion targets(CriterionView c, List<TargetProgressRow> rows, String area) {
		long met = rows.stream().filter(r -> r.outcome().isSuccess()).count();
		if (rows.isEmpty()) {
			return new CriterionSuggestion(c.id(), c.rule(), null, "scoring.suggestion.noTargets", List.of(area));
		}
		return new CriterionSuggestion(c.id(), c.rule(), share(c.maxPoints(), met, rows.size()),
				"scoring.suggestion.targets", List.of(met, rows.size(), area));
	}

	/** Maximum × reports sent on time ÷ reports due. */
	static CriterionSuggestion onTime(CriterionView c, ReportCount n) {
		if (n.due() == 0) {
			return new CriterionSuggestion(c.id(), c.rule(), null, "scoring.suggestion.noneDue", List.of());
		}
		return new CriterionSuggestion(c.id(), c.rule(), share(c.maxPoints(), n.onTime(), n.due()),
				"scoring.suggestion.reports", List.of(n.onTime(), n.due(), n.late(), n.missing()));
	}

	/** One occurrence per report due that was sent late or not at all (the deduction's cap applies when scored). */
	static CriterionSuggestion late(CriterionView c, ReportCount n) {
		return new CriterionSuggestion(c.id(), c.rule(), BigDecimal.valueOf((long) n.late() + n.missing()),
				"scoring.suggestion.reports", List.of(n.onTime(), n.due(), n.late(), n.missing()));
	}

	/** Maximum × criteria (cases, deaths, injured) not above the baseline ÷ 3. */
	static CriterionSuggestion accidents(CriterionView c, AreaFigures f) {
		if (f == null || f.months() == 0 || f.baseline() == null) {
			return new CriterionSuggestion(c.id(), c.rule(), null, "scoring.suggestion.noFigures", List.of());
		}
		int notUp = 0;
		for (int i = 0; i < 3; i++) {
			if (f.current()[i] <= f.baseline()[i]) {
				notUp++;
			}
		}
		return new CriterionSuggestion(c.id(), c.rule(), share(c.maxPoints(), notUp, 3), "scoring.suggestion.accidents",
				List.of(f.area(), f.months(), f.current()[0], f.baseline()[0], f.current()[1], f.baseline()[1],
						f.current()[2], f.baseline()[2]));
	}

	/** Maximum × points treated (treated, or monitored after treatment) ÷ points the unit is responsible for. */
	static CriterionSuggestion blackSpots(CriterionView c, List<BlackSpotStatusCount> counts) {
		if (counts == null) {
			return new CriterionSuggestion(c.id(), c.rule(), null, "scoring.suggestion.noRegister", List.of());
		}
		long total = counts.stream().mapToLong(BlackSpotStatusCount::count).sum();
		long treated = counts.stream().filter(n -> n.status() == BlackSpotStatus.TREATED
				|| n.status() == BlackSpotStatus.MONITORING).mapToLong(BlackSpotStatusCount::count).sum();
		long treating = counts.stream().filter(n -> n.status() == BlackSpotStatus.BEING_TREATED)
			.mapToLong(BlackSpotStatusCount::count).sum();
		if (total == 0) {
			return new CriterionSuggestion(c.id(), c.rule(), null, "scoring.suggestion.noBlackSpots", List.of());
		}
		return new CriterionSuggestion(c.id(), c.rule(), share(c.maxPoints(), treated, total),
				"scoring.suggestion.blackSpots", List.of(treated, total, treating, total - treated - treating));
	}

	static BigDecimal share(BigDecimal max, long part, long whole) {
		if (max == null || whole == 0) {
			return null;
		}
		return max.multiply(BigDecimal.valueOf(part)).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP)
			.stripTrailingZeros();
	}

	// --- reading ----------------------------------------------------------------------------------------------------

	/** The periods of the main cadence due before today, against the unit's reports for them. */
	private ReportCount reportCount(Long campaignId, Long unitId) {
		LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
		List<PeriodView> periods = campaigns.periods(campaignId).stream().filter(p -> !p.baseline()).toList();
		Map<Cadence, Long> byCadence = periods.stream()
			.collect(Collectors.groupingBy(PeriodView::cadence, () -> new EnumMap<>(Cadence.class),
					Collectors.counting()));
		Cadence main = byCadence.entrySet().stream().max(Map.Entry.<Cadence, Long>comparingByValue()
			.thenComparing(e -> -e.getKey().ordinal())).map(Map.Entry::getKey).orElse(null);
		Map<Long, ReportStatusRow> byPeriod = new HashMap<>();
		reports.reportStatuses(campaignId).stream().filter(r -> r.unitId().equals(unitId))
			.forEach(r -> byPeriod.put(r.periodId(), r));
		int due = 0;
		int onTime = 0;
		int late = 0;
		for (PeriodView p : periods) {
			if (p.cadence() != main || p.dueDate() == null || !p.dueDate().isBefore(today)) {
				continue;
			}
			due++;
			ReportStatusRow r = byPeriod.get(p.id());
			if (r != null && r.onTime()) {
				onTime++;
			}
			else if (r != null && r.late()) {
				late++;
			}
		}
		return new ReportCount(due, onTime, late, due - onTime - late);
	}

	/** The confirmed figures of the unit's area (the committee's whole area for a unit of the whole area). */
	private Optional<AreaFigures> accidentFigures(CurrentUser user, CampaignView campaign, Long unitId) {
		if (!accidentAccess.reads(user, campaign)) {
			return Optional.empty();
		}
		Long areaId = units.findAll(List.of(unitId)).stream().findFirst().map(UnitSummary::areaId).orElse(null);
		if (areaId == null) {
			return Optional.empty();
		}
		AccidentComparison comparison = accidents.comparison(user, campaign.id());
		if (comparison.root() != null && areaId.equals(comparison.root().id())) {
			return Optional.of(figures(comparison.root().name(), comparison.total()));
		}
		return comparison.byArea(-1).stream().filter(a -> areaId.equals(a.area().id())).findFirst()
			.map((AreaComparison a) -> figures(a.area().name(), a.figures()));
	}

	private static AreaFigures figures(String area, Cumulative c) {
		int[] current = new int[3];
		int[] baseline = new int[3];
		for (int i = 0; i < 3; i++) {
			Integer now = c.current(ACCIDENT_CRITERIA.get(i));
			Integer then = c.baseline(ACCIDENT_CRITERIA.get(i));
			if (now == null || then == null) {
				return new AreaFigures(area, c.monthsCounted(), current, null);
			}
			current[i] = now;
			baseline[i] = then;
		}
		return new AreaFigures(area, c.monthsCounted(), current, baseline);
	}
}
