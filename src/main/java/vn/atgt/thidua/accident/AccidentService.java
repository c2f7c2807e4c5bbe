package vn.atgt.thidua.accident;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.accident.internal.AccidentRuleRepository;
import vn.atgt.thidua.accident.internal.AccidentSheet;
import vn.atgt.thidua.accident.internal.AccidentSheetLine;
import vn.atgt.thidua.accident.internal.AccidentSheetRepository;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.accident.internal.RulePurpose;
import vn.atgt.thidua.accident.internal.SheetLineRow;
import vn.atgt.thidua.accident.internal.SheetStatusRow;
import vn.atgt.thidua.campaign.AccidentPeriodConvention;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.unit.AreaRow;
import vn.atgt.thidua.unit.AreaService;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.CommitteeSummary;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * The door of the accident module for figures. Figures belong to the committee's area and an accident month counted
 * under the campaign's convention, not to a campaign: the baseline year's figures entered once serve every campaign
 * of the committee. They are entered (or imported) by the standing office and by users of a unit that supplies
 * accident figures (the police), confirmed by the standing office, and reopened by it with a reason; only confirmed
 * figures count in the comparison and the goal checks. Every entry point takes the signed-in user and refuses (403)
 * those who may not do it; a closed campaign refuses every change.
 */
@Service
@Transactional(readOnly = true)
public class AccidentService {

	private final AccidentSheetRepository sheets;
	private final AccidentRuleRepository rules;
	private final CampaignService campaigns;
	private final CommitteeService committees;
	private final AreaService areas;
	private final UnitService units;
	private final Clock clock;
	private final int plausibleDeaths;

	AccidentService(AccidentSheetRepository sheets, AccidentRuleRepository rules, CampaignService campaigns,
			CommitteeService committees, AreaService areas, UnitService units, Clock clock,
			@Value("${thidua.accident.plausible-deaths:50}") int plausibleDeaths) {
		this.sheets = sheets;
		this.rules = rules;
		this.campaigns = campaigns;
		this.committees = committees;
		this.areas = areas;
		this.units = units;
		this.clock = clock;
		this.plausibleDeaths = plausibleDeaths;
	}

	// --- who -------------------------------------------------------------------------------------------------------

	/**
	 * True when the user may enter and import the campaign committee's figures and keep its black-spot register: the
	 * standing office, administrators, and officers or heads of an active unit of that committee flagged as supplying
	 * accident figures.
	 */
	public boolean canEnter(CurrentUser user, Long campaignId) {
		return mayEnter(user, campaigns.get(campaignId).committeeId());
	}

	/** True when the user confirms and reopens figures: the standing office and administrators. */
	public boolean canConfirm(CurrentUser user) {
		return user.hasAny(Role.STANDING_OFFICE, Role.ADMIN);
	}

	/** @throws AccessDeniedException (403) unless {@link #canEnter} */
	public void requireEnterer(CurrentUser user, Long campaignId) {
		if (!canEnter(user, campaignId)) {
			throw new AccessDeniedException("accident figures of campaign " + campaignId);
		}
	}

	/** @throws AccessDeniedException (403) unless {@link #canConfirm} */
	public void requireConfirmer(CurrentUser user) {
		require(canConfirm(user));
	}

	/** {@link #canEnter} for a committee rather than a campaign (the black-spot register is the committee's). */
	public boolean mayEnter(CurrentUser user, Long committeeId) {
		if (canConfirm(user)) {
			return true;
		}
		if (user.unitId() == null || !user.hasAny(Role.UNIT_OFFICER, Role.UNIT_HEAD)) {
			return false;
		}
		return units.find(user.unitId())
			.filter(UnitSummary::active)
			.filter(UnitSummary::suppliesAccidentFigures)
			.filter(unit -> committeeId.equals(unit.committeeId()))
			.isPresent();
	}

	/** The most deaths one line may show; more is taken for a typing slip and refused. */
	public int plausibleDeaths() {
		return plausibleDeaths;
	}

	// --- reading ----------------------------------------------------------------------------------------------------

	/**
	 * The accident month of the campaign named by its key ("2024-07"): one of the campaign's months, or any month of
	 * its baseline year(s).
	 * @throws NotFoundException for any other key
	 */
	public AccidentPeriod period(Long campaignId, String key) {
		Context context = context(campaignId);
		AccidentPeriod period;
		try {
			period = AccidentPeriod.parse(context.campaign().accidentConvention(), key);
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException("accident month", key);
		}
		if (!context.months().contains(period) && !context.baselineYears().contains(period.year())) {
			throw new NotFoundException("accident month", key);
		}
		return period;
	}

	/**
	 * The comparison of the campaign: each of its accident months against the same month of the baseline year, the
	 * cumulative sums from its first month, the goal checks and the same by area, from confirmed figures only. A
	 * constant number of queries, whatever the number of areas and months.
	 */
	public AccidentComparison comparison(Long campaignId) {
		Context context = context(campaignId);
		List<AccidentPeriod> months = context.months();
		List<AccidentPeriod> baselines = months.stream().map(context::baselineOf).toList();
		Set<Integer> keys = new HashSet<>();
		months.forEach(m -> keys.add(key(m)));
		baselines.forEach(m -> keys.add(key(m)));

		Map<Integer, SheetStatusRow> statuses = new HashMap<>();
		Map<Integer, List<SheetLineRow>> lines = new HashMap<>();
		if (!keys.isEmpty()) {
			for (SheetStatusRow row : sheets.statuses(context.rootAreaId(), context.convention(), keys)) {
				statuses.put(row.year() * 100 + row.month(), row);
			}
			for (SheetLineRow row : sheets.confirmedLines(context.rootAreaId(), context.convention(), keys)) {
				lines.computeIfAbsent(row.year() * 100 + row.month(), k -> new ArrayList<>()).add(row);
			}
		}

		List<AccidentFigures> current = new ArrayList<>();
		List<AccidentFigures> baseline = new ArrayList<>();
		for (int i = 0; i < months.size(); i++) {
			current.add(total(lines.get(key(months.get(i)))));
			baseline.add(total(lines.get(key(baselines.get(i)))));
		}
		List<Cumulative> cumulative = FigureComparison.cumulative(current, baseline);
		List<MonthComparison> rows = new ArrayList<>();
		for (int i = 0; i < months.size(); i++) {
			rows.add(new MonthComparison(months.get(i), baselines.get(i), status(statuses, months.get(i)),
					status(statuses, baselines.get(i)), new Comparison(current.get(i), baseline.get(i)),
					cumulative.get(i)));
		}
		Cumulative total = cumulative.isEmpty() ? new Cumulative(Comparison.EMPTY, 0, 0)
				: cumulative.get(cumulative.size() - 1);

		List<AccidentComparison.AreaMonths> byArea = new ArrayList<>();
		List<AreaRow> children = months.isEmpty() ? List.of()
				: context.childrenDuring(months.get(0).firstDay(), months.get(months.size() - 1).lastDay());
		for (AreaRow area : children) {
			List<AccidentFigures> areaCurrent = new ArrayList<>();
			List<AccidentFigures> areaBaseline = new ArrayList<>();
			for (int i = 0; i < months.size(); i++) {
				areaCurrent.add(lineOf(lines.get(key(months.get(i))), area.id()));
				areaBaseline.add(lineOf(lines.get(key(baselines.get(i))), area.id()));
			}
			byArea.add(new AccidentComparison.AreaMonths(area(area), areaCurrent, areaBaseline));
		}
		return new AccidentComparison(campaignId, context.campaign().baselineYear(), context.convention(),
				area(context.root()), rows, total, FigureComparison.goals(context.campaign().goals(), total), byArea);
	}

	/** The goal checks of the campaign so far (see {@link #comparison}). */
	public List<GoalCheck> goalChecks(Long campaignId) {
		return comparison(campaignId).goals();
	}

	/**
	 * The entry screen of one month: its areas, the figures entered so far, the classification rule, the history.
	 * @throws AccessDeniedException (403) unless the user may enter figures
	 */
	public SheetView sheet(Long campaignId, AccidentPeriod period, CurrentUser user) {
		Context context = context(campaignId);
		require(mayEnter(user, context.committeeId()));
		List<SheetArea> areaList = context.childrenDuring(period.firstDay(), period.lastDay()).stream()
			.map(AccidentService::area)
			.toList();
		List<AccidentRuleView> inPeriod = rules.inForce(RulePurpose.CLASSIFICATION, period.firstDay(),
				period.lastDay());
		boolean baselineMonth = !context.months().contains(period);
		AccidentSheet sheet = find(context, period);
		if (sheet == null) {
			return new SheetView(period, baselineMonth, area(context.root()), areaList, null, null, null, null,
					Map.of(), ruleFor(period), inPeriod, null, null, null, null, 0, List.of());
		}
		Map<Long, AccidentFigures> figures = new LinkedHashMap<>();
		for (AccidentSheetLine line : sheet.getLines()) {
			figures.put(line.getAreaId(), line.figures());
		}
		return new SheetView(period, baselineMonth, area(context.root()), areaList, sheet.getId(), sheet.getStatus(),
				sheet.getScope(), sheet.getSource(), figures, rules.view(sheet.getRuleId()), inPeriod,
				sheet.getEnteredAt(), name(sheet.getEnteredByName(), sheet.getEnteredBy()), sheet.getConfirmedAt(),
				name(sheet.getConfirmedByName(), sheet.getConfirmedBy()), sheet.getVersion(),
				sheets.history(sheet.getId()));
	}

	// --- changing ---------------------------------------------------------------------------------------------------

	/**
	 * Saves a month's figures as a draft (creating the sheet, with the rule in force for the month, at the first save).
	 * @throws AccessDeniedException (403) unless the user may enter figures
	 * @throws StaleDataException when someone saved the month since {@code version} was shown
	 * @throws DomainException when the month is confirmed, the campaign closed, or the figures are wrong
	 */
	@Transactional
	public void save(Long campaignId, AccidentPeriod period, long version, SheetCommand command, CurrentUser user) {
		record(campaignId, period, version, command, user, SheetAction.SAVED);
	}

	/** The same as {@link #save}, recorded in the history as an import from a sheet. */
	@Transactional
	public void saveImported(Long campaignId, AccidentPeriod period, long version, SheetCommand command,
			CurrentUser user) {
		record(campaignId, period, version, command, user, SheetAction.IMPORTED);
	}

	private void record(Long campaignId, AccidentPeriod period, long version, SheetCommand command, CurrentUser user,
			SheetAction action) {
		Context context = context(campaignId);
		require(mayEnter(user, context.committeeId()));
		campaigns.requireOpen(campaignId);
		check(context, period, command);
		AccidentSheet sheet = find(context, period);
		if (sheet == null) {
			sheet = new AccidentSheet(context.rootAreaId(), period, ruleFor(period).id());
			sheet.record(command.scope(), command.source().strip(), command.figures(), action, actor(user));
			sheets.save(sheet);
		}
		else {
			StaleDataException.check(sheet, version);
			sheet.record(command.scope(), command.source().strip(), command.figures(), action, actor(user));
		}
	}

	/**
	 * The standing office confirms a month's figures: they count from now on and are locked.
	 * @throws AccessDeniedException (403) unless standing office or administrator
	 * @throws DomainException {@code accident.confirm.nothing} when nothing was entered, or the sheet's own rules
	 */
	@Transactional
	public void confirm(Long campaignId, AccidentPeriod period, long version, CurrentUser user) {
		require(canConfirm(user));
		Context context = context(campaignId);
		campaigns.requireOpen(campaignId);
		AccidentSheet sheet = existing(context, period);
		StaleDataException.check(sheet, version);
		sheet.confirm(actor(user));
	}

	/**
	 * The standing office reopens confirmed figures for correction, saying why.
	 * @throws AccessDeniedException (403) unless standing office or administrator
	 * @throws DomainException {@code accident.reopen.reason} without a reason, or unless confirmed
	 */
	@Transactional
	public void reopen(Long campaignId, AccidentPeriod period, long version, String reason, CurrentUser user) {
		require(canConfirm(user));
		Context context = context(campaignId);
		campaigns.requireOpen(campaignId);
		AccidentSheet sheet = existing(context, period);
		StaleDataException.check(sheet, version);
		sheet.reopen(reason, actor(user));
	}

	// --- helpers ----------------------------------------------------------------------------------------------------

	private void check(Context context, AccidentPeriod period, SheetCommand command) {
		if (command.source() == null || command.source().isBlank()) {
			throw new FieldException("source", "accident.source.required");
		}
		if (command.source().strip().length() > 500) {
			throw new FieldException("source", "accident.source.tooLong", 500);
		}
		if (command.figures().isEmpty()) {
			throw new DomainException("accident.sheet.empty");
		}
		Set<Long> allowed = new HashSet<>();
		if (command.scope() == SheetScope.WHOLE_AREA) {
			allowed.add(context.rootAreaId());
		}
		else {
			context.childrenDuring(period.firstDay(), period.lastDay()).forEach(a -> allowed.add(a.id()));
		}
		for (Map.Entry<Long, AccidentFigures> entry : command.figures().entrySet()) {
			if (!allowed.contains(entry.getKey())) {
				throw new DomainException("accident.area.notInSheet");
			}
			if (!entry.getValue().problems(plausibleDeaths).isEmpty()) {
				FigureProblem problem = entry.getValue().problems(plausibleDeaths).get(0);
				throw new DomainException(problem.messageKey(), problem.args());
			}
		}
	}

	private AccidentRuleView ruleFor(AccidentPeriod period) {
		List<AccidentRuleView> inForce = rules.inForce(RulePurpose.CLASSIFICATION, period.lastDay(), period.lastDay());
		if (inForce.isEmpty()) {
			throw new DomainException("accident.rule.none");
		}
		return inForce.get(inForce.size() - 1);
	}

	private AccidentSheet find(Context context, AccidentPeriod period) {
		return sheets.find(context.rootAreaId(), period.convention(), period.year(), period.monthValue()).orElse(null);
	}

	private AccidentSheet existing(Context context, AccidentPeriod period) {
		AccidentSheet sheet = find(context, period);
		if (sheet == null) {
			throw new DomainException("accident.sheet.none");
		}
		return sheet;
	}

	private Actor actor(CurrentUser user) {
		return Actor.of(user, clock.instant());
	}

	private static void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("accident figures");
		}
	}

	private Context context(Long campaignId) {
		CampaignView campaign = campaigns.get(campaignId);
		Long rootAreaId = committees.committees().stream()
			.filter(c -> c.id().equals(campaign.committeeId()))
			.map(CommitteeSummary::areaId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("committee", campaign.committeeId()));
		return new Context(campaign, rootAreaId, areas.get(rootAreaId), areas.childrenOn(rootAreaId, null),
				AccidentPeriod.monthsOf(campaign.startDate(), campaign.endDate(), campaign.accidentConvention()));
	}

	private static SheetStatus status(Map<Integer, SheetStatusRow> statuses, AccidentPeriod period) {
		SheetStatusRow row = statuses.get(key(period));
		return row == null ? null : row.status();
	}

	private static AccidentFigures total(List<SheetLineRow> lines) {
		return lines == null ? null : FigureComparison.sum(lines.stream().map(SheetLineRow::figures).toList());
	}

	private static AccidentFigures lineOf(List<SheetLineRow> lines, Long areaId) {
		if (lines == null) {
			return null;
		}
		return lines.stream()
			.filter(line -> line.scope() == SheetScope.BY_AREA && line.areaId().equals(areaId))
			.map(SheetLineRow::figures)
			.findFirst()
			.orElse(null);
	}

	private static int key(AccidentPeriod period) {
		return period.year() * 100 + period.monthValue();
	}

	private static SheetArea area(AreaRow row) {
		return new SheetArea(row.id(), row.displayName(), row.name());
	}

	private static String name(String name, String username) {
		return name == null || name.isBlank() ? username : name;
	}

	/** The campaign, its committee's area and that area's communes/town of every period, and its accident months. */
	private record Context(CampaignView campaign, Long rootAreaId, AreaRow root, List<AreaRow> children,
			List<AccidentPeriod> months) {

		Long committeeId() {
			return campaign.committeeId();
		}

		AccidentPeriodConvention convention() {
			return campaign.accidentConvention();
		}

		/** The same month of the baseline year (as many years earlier as the baseline year lies before the start). */
		AccidentPeriod baselineOf(AccidentPeriod month) {
			return month.minusYears(campaign.startDate().getYear() - campaign.baselineYear());
		}

		Set<Integer> baselineYears() {
			Set<Integer> years = new HashSet<>();
			months.forEach(m -> years.add(baselineOf(m).year()));
			return years;
		}

		/** The communes/town valid on some day between the two dates (2024 months keep their 2024 communes). */
		List<AreaRow> childrenDuring(LocalDate from, LocalDate to) {
			return children.stream()
				.filter(a -> (a.validFrom() == null || !a.validFrom().isAfter(to))
						&& (a.validTo() == null || !a.validTo().isBefore(from)))
				.toList();
		}
	}
}
