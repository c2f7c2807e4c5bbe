package vn.atgt.thidua.accident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.atgt.thidua.accident.internal.AccidentSheet;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.accident.internal.BlackSpot;
import vn.atgt.thidua.campaign.AccidentPeriodConvention;
import vn.atgt.thidua.campaign.CampaignGoals;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;

/**
 * The arithmetic and the rules of the module by themselves, checked by hand: accident months under both conventions,
 * the wording of a change, cumulative sums with missing months, the goal checks, the checks of one row of figures, and
 * the life of a month's figures and of a black spot.
 */
class AccidentRulesTests {

	static final AccidentPeriodConvention POLICE = AccidentPeriodConvention.POLICE_15_TO_14;
	static final AccidentPeriodConvention CALENDAR = AccidentPeriodConvention.CALENDAR_MONTH;
	static final Actor OFFICE = new Actor("thuongtruc", "Phạm Thị Thường", Instant.parse("2024-07-16T02:00:00Z"));

	static AccidentFigures f(int cases, int deaths, int injured) {
		return AccidentFigures.of(cases, deaths, injured);
	}

	// --- accident months --------------------------------------------------------------------------------------------

	@Test
	void policeMonthsRunFromThe15thToThe14th() {
		AccidentPeriod december = AccidentPeriod.of(POLICE, 2024, 12);
		assertThat(december.firstDay()).isEqualTo(LocalDate.of(2024, 11, 15));
		assertThat(december.lastDay()).isEqualTo(LocalDate.of(2024, 12, 14));
		assertThat(december.range()).isEqualTo("15/11–14/12/2024");
		AccidentPeriod january = AccidentPeriod.of(POLICE, 2024, 1);
		assertThat(january.firstDay()).isEqualTo(LocalDate.of(2023, 12, 15));
		assertThat(january.range()).isEqualTo("15/12/2023–14/1/2024");
		assertThat(AccidentPeriod.of(CALENDAR, 2024, 2).range()).isEqualTo("1/2–29/2/2024");
	}

	@Test
	void theSeedCampaignComparesJulyToDecemberWhateverTheConvention() {
		List<AccidentPeriod> police = AccidentPeriod.monthsOf(LocalDate.of(2024, 6, 21), LocalDate.of(2024, 12, 31),
				POLICE);
		assertThat(police).extracting(AccidentPeriod::key)
			.containsExactly("2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12");
		List<AccidentPeriod> calendar = AccidentPeriod.monthsOf(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31),
				CALENDAR);
		assertThat(calendar).extracting(AccidentPeriod::key)
			.containsExactly("2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12");
		List<AccidentPeriod> policeYear = AccidentPeriod.monthsOf(LocalDate.of(2024, 1, 1),
				LocalDate.of(2024, 12, 31), POLICE);
		assertThat(policeYear).hasSize(12);
		assertThat(policeYear.get(0).firstDay()).isEqualTo(LocalDate.of(2023, 12, 15));
	}

	@Test
	void theBaselineOfAMonthIsTheSameMonthEarlier() {
		AccidentPeriod baseline = AccidentPeriod.of(POLICE, 2024, 7).minusYears(1);
		assertThat(baseline.key()).isEqualTo("2023-07");
		assertThat(baseline.range()).isEqualTo("15/6–14/7/2023");
		assertThatThrownBy(() -> AccidentPeriod.parse(POLICE, "2024-13")).isInstanceOf(IllegalArgumentException.class);
	}

	// --- the wording of a change -------------------------------------------------------------------------------------

	@Test
	void aChangeIsWordedAsReportsWordIt() {
		assertThat(new Change(9, 12).wording()).isEqualTo("down");
		assertThat(new Change(9, 12).amount()).isEqualTo(3);
		assertThat(new Change(9, 12).signedPercent()).isEqualTo("-25,0%");
		assertThat(new Change(9, 8).signedPercent()).isEqualTo("+12,5%");
		assertThat(new Change(4, 3).signedPercent()).isEqualTo("+33,3%");
		assertThat(new Change(2, 3).signedPercent()).isEqualTo("-33,3%");
		assertThat(new Change(2, 0).wording()).isEqualTo("upNew");
		assertThat(new Change(2, 0).hasPercent()).isFalse();
		assertThat(new Change(2, 0).signedPercent()).isEmpty();
		assertThat(new Change(5, 5).wording()).isEqualTo("same");
		assertThat(new Change(0, 0).wording()).isEqualTo("same");
		assertThat(new Change(1234, 1000).signedPercent()).isEqualTo("+23,4%");
		assertThat(new Change(2000, 1000).signedPercent()).isEqualTo("+100,0%");
		assertThat(new Change(12000, 1000).signedPercent()).isEqualTo("+1.100,0%");
	}

	// --- sums ---------------------------------------------------------------------------------------------------------

	@Test
	void noFiguresIsNotZeroFigures() {
		assertThat(FigureComparison.sum(Arrays.asList(null, null))).isNull();
		assertThat(FigureComparison.sum(Arrays.asList(f(1, 0, 2), null, f(2, 1, 0)))).isEqualTo(f(3, 1, 2));
	}

	@Test
	void theCumulativeSumSkipsMonthsWithoutFiguresAndComparesTheSameMonths() {
		List<AccidentFigures> current = Arrays.asList(f(3, 0, 3), f(4, 1, 5), null, f(2, 0, 2));
		List<AccidentFigures> baseline = Arrays.asList(f(4, 1, 3), f(3, 1, 3), f(9, 9, 9), f(0, 0, 0));
		List<Cumulative> cumulative = FigureComparison.cumulative(current, baseline);
		assertThat(cumulative.get(1).current(Criterion.CASES)).isEqualTo(7);
		assertThat(cumulative.get(1).baseline(Criterion.CASES)).isEqualTo(7);
		assertThat(cumulative.get(1).change(Criterion.INJURED).signedPercent()).isEqualTo("+33,3%");
		// the third month has no figures: neither side counts it (the baseline's 9 cases are left out)
		assertThat(cumulative.get(2).current(Criterion.CASES)).isEqualTo(7);
		assertThat(cumulative.get(2).baseline(Criterion.CASES)).isEqualTo(7);
		assertThat(cumulative.get(2).isPartial()).isTrue();
		assertThat(cumulative.get(3).current(Criterion.CASES)).isEqualTo(9);
		assertThat(cumulative.get(3).baseline(Criterion.CASES)).isEqualTo(7);
		assertThat(cumulative.get(3).monthsCounted()).isEqualTo(3);
		assertThat(cumulative.get(3).months()).isEqualTo(4);
	}

	@Test
	void aMissingBaselineMonthLeavesTheCumulativeBaselineUnknown() {
		List<AccidentFigures> current = Arrays.asList(f(3, 0, 3), f(1, 0, 1));
		List<AccidentFigures> baseline = Arrays.asList(f(4, 1, 3), null);
		List<Cumulative> cumulative = FigureComparison.cumulative(current, baseline);
		assertThat(cumulative.get(0).change(Criterion.CASES)).isNotNull();
		assertThat(cumulative.get(1).current(Criterion.CASES)).isEqualTo(4);
		assertThat(cumulative.get(1).baseline(Criterion.CASES)).isNull();
		assertThat(cumulative.get(1).change(Criterion.CASES)).isNull();
	}

	// --- goals ------------------------------------------------------------------------------------------------------

	@Test
	void goalsAreMetNotMetOrNotYetKnown() {
		AccidentFigures now = new AccidentFigures(8, 3, 9, 1, 0, 0, 6, null, null, null);
		AccidentFigures then = new AccidentFigures(9, 3, 9, 0, 1, 0, 7, null, null, null);
		Cumulative total = new Cumulative(new Comparison(now, then), 4, 6);
		List<GoalCheck> checks = FigureComparison.goals(CampaignGoals.all(), total);
		assertThat(checks).extracting(GoalCheck::goal).containsExactly(Goal.values());
		assertThat(checks).extracting(GoalCheck::outcome).containsExactly(GoalCheck.Outcome.MET,
				GoalCheck.Outcome.NOT_MET, GoalCheck.Outcome.NOT_MET, GoalCheck.Outcome.NOT_MET,
				GoalCheck.Outcome.MET, GoalCheck.Outcome.MET);
		assertThat(checks.get(0).change().amount()).isEqualTo(1);
		assertThat(checks.get(4).count()).isZero();

		Cumulative unknownBaseline = new Cumulative(new Comparison(now, null), 4, 6);
		assertThat(FigureComparison.goals(CampaignGoals.all(), unknownBaseline)).extracting(GoalCheck::outcome)
			.containsExactly(GoalCheck.Outcome.UNKNOWN, GoalCheck.Outcome.UNKNOWN, GoalCheck.Outcome.UNKNOWN,
					GoalCheck.Outcome.UNKNOWN, GoalCheck.Outcome.MET, GoalCheck.Outcome.MET);
		Cumulative nothing = new Cumulative(Comparison.EMPTY, 0, 6);
		assertThat(FigureComparison.goals(CampaignGoals.all(), nothing)).extracting(GoalCheck::outcome)
			.containsOnly(GoalCheck.Outcome.UNKNOWN);
	}

	@Test
	void zeroCannotBeReducedFurther() {
		Cumulative total = new Cumulative(new Comparison(f(0, 0, 0), f(0, 0, 0)), 1, 1);
		assertThat(FigureComparison.goals(CampaignGoals.all(), total)).extracting(GoalCheck::outcome)
			.containsOnly(GoalCheck.Outcome.MET);
	}

	@Test
	void goalsSwitchedOffAreNotChecked() {
		CampaignGoals onlyDeaths = new CampaignGoals(false, true, false, false, false, false);
		assertThat(FigureComparison.goals(onlyDeaths, new Cumulative(Comparison.EMPTY, 0, 0)))
			.extracting(GoalCheck::goal).containsExactly(Goal.REDUCE_DEATHS);
	}

	// --- one row of figures -------------------------------------------------------------------------------------------

	@Test
	void aRowIsReadTheVietnameseWay() {
		List<String> problems = new ArrayList<>();
		AccidentFigures read = AccidentCells.read(cells(Map.of("cases", "1.234", "deaths", " 2 ", "injured", "",
				"collisions", "12")), true, (cell, key, args) -> problems.add(cell + ":" + key));
		assertThat(problems).isEmpty();
		assertThat(read).isEqualTo(new AccidentFigures(1234, 2, 0, 0, 0, 0, 12, null, null, null));
	}

	@Test
	void everyBadCellIsReported() {
		List<String> problems = new ArrayList<>();
		AccidentFigures read = AccidentCells.read(cells(Map.of("cases", "abc", "deaths", "-1", "injured", "1,5",
				"collisions", "200.000")), true, (cell, key, args) -> problems.add(cell + ":" + key));
		assertThat(read).isNull();
		assertThat(problems).containsExactly("cases:accident.figure.notNumber", "deaths:accident.figure.negative",
				"injured:accident.figure.whole", "collisions:accident.figure.tooLarge");
	}

	@Test
	void figuresAreCheckedForConsistency() {
		assertThat(new AccidentFigures(2, 0, 1, 3, 0, 0, 0, null, null, null).problems(50))
			.extracting(FigureProblem::field, FigureProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("drinkDrivingCases", "accident.figure.ofWhichTooMany"));
		assertThat(f(3, 51, 0).problems(50)).extracting(FigureProblem::messageKey)
			.containsExactly("accident.figure.deathsTooMany");
		assertThat(new AccidentFigures(2, 0, 0, 0, 1, 0, 0, 1, 1, 0).problems(50)).extracting(FigureProblem::messageKey)
			.containsExactly("accident.figure.classesTooMany");
		assertThat(new AccidentFigures(2, 2, 0, 2, 0, 2, 5, 1, 1, null).problems(50)).isEmpty();
	}

	private static java.util.function.UnaryOperator<String> cells(Map<String, String> cells) {
		return name -> cells.getOrDefault(name, "");
	}

	// --- a month's figures ----------------------------------------------------------------------------------------------

	@Test
	void confirmedFiguresAreLockedUntilReopenedWithAReason() {
		AccidentSheet sheet = new AccidentSheet(1L, AccidentPeriod.of(POLICE, 2024, 7), 2L);
		sheet.record(SheetScope.BY_AREA, "Công an huyện", Map.of(10L, f(1, 0, 1)), SheetAction.SAVED, OFFICE);
		assertThat(sheet.getStatus()).isEqualTo(SheetStatus.DRAFT);
		sheet.confirm(OFFICE);
		assertThat(sheet.getStatus()).isEqualTo(SheetStatus.CONFIRMED);
		assertThat(sheet.getConfirmedByName()).isEqualTo("Phạm Thị Thường");
		assertThatThrownBy(() -> sheet.record(SheetScope.BY_AREA, "x", Map.of(10L, f(2, 0, 0)), SheetAction.SAVED,
				OFFICE)).isInstanceOf(DomainException.class).hasMessageContaining("accident.sheet.confirmed");
		assertThatThrownBy(() -> sheet.confirm(OFFICE)).hasMessageContaining("accident.confirm.notDraft");
		assertThatThrownBy(() -> sheet.reopen(" ", OFFICE)).hasMessageContaining("accident.reopen.reason");
		sheet.reopen("Công an huyện gửi lại số liệu đã sửa", OFFICE);
		assertThat(sheet.getStatus()).isEqualTo(SheetStatus.DRAFT);
		assertThat(sheet.getConfirmedAt()).isNull();
		assertThatThrownBy(() -> sheet.reopen("lần nữa", OFFICE)).hasMessageContaining("accident.reopen.notConfirmed");
		sheet.record(SheetScope.WHOLE_AREA, "Công an tỉnh", Map.of(1L, f(2, 1, 1)), SheetAction.IMPORTED, OFFICE);
		assertThat(sheet.getLines()).singleElement().satisfies(line -> assertThat(line.figures()).isEqualTo(f(2, 1, 1)));
		assertThat(sheet.getRuleId()).isEqualTo(2L);
	}

	// --- black spots --------------------------------------------------------------------------------------------------

	@Test
	void aBlackSpotMovesOneStepAtATimeWithANote() {
		BlackSpot spot = new BlackSpot(1L, new BlackSpotCommand(BlackSpotKind.BLACK_SPOT, "Đường cong Km 12", "QL4D",
				"Km 12", null, null, null, LocalDate.of(2024, 3, 1), null, null, null, null, null, null, null), 3L,
				OFFICE);
		assertThat(spot.getStatus()).isEqualTo(BlackSpotStatus.IDENTIFIED);
		assertThat(spot.getRuleId()).isEqualTo(3L);
		assertThatThrownBy(() -> spot.moveTo(BlackSpotStatus.TREATED, "xong", OFFICE))
			.hasMessageContaining("blackSpot.status.notAllowed");
		assertThatThrownBy(() -> spot.moveTo(BlackSpotStatus.BEING_TREATED, "", OFFICE))
			.isInstanceOf(FieldException.class);
		spot.moveTo(BlackSpotStatus.BEING_TREATED, "Đã lắp biển", OFFICE);
		spot.moveTo(BlackSpotStatus.TREATED, "Đã xử lý", OFFICE);
		spot.moveTo(BlackSpotStatus.MONITORING, "Theo dõi", OFFICE);
		spot.moveTo(BlackSpotStatus.BEING_TREATED, "Lại xảy ra tai nạn", OFFICE);
		assertThat(spot.getStatus()).isEqualTo(BlackSpotStatus.BEING_TREATED);
	}

	@Test
	void onlyBlackSpotsAndPotentialPointsKeepARule() {
		BlackSpot opening = new BlackSpot(1L, new BlackSpotCommand(BlackSpotKind.ILLEGAL_OPENING, "Lối đi tự mở",
				null, null, null, null, null, LocalDate.of(2024, 3, 1), null, null, null, null, null, null, null), 3L,
				OFFICE);
		assertThat(opening.getRuleId()).isNull();
		assertThatThrownBy(() -> new BlackSpot(1L, new BlackSpotCommand(BlackSpotKind.BLACK_SPOT, "x", null, null, null,
				null, null, LocalDate.of(2024, 3, 1), null, null, null, null, null, null, LocalDate.of(2024, 2, 1)), 3L,
				OFFICE)).isInstanceOf(FieldException.class).hasMessageContaining("blackSpot.deadline.beforeIdentified");
	}
}
