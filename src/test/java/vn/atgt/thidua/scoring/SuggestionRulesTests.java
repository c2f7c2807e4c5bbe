package vn.atgt.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.atgt.thidua.accident.BlackSpotStatus;
import vn.atgt.thidua.accident.BlackSpotStatusCount;
import vn.atgt.thidua.campaign.Cadence;
import vn.atgt.thidua.registration.TargetDirection;
import vn.atgt.thidua.registration.TargetKind;
import vn.atgt.thidua.report.TargetProgressRow;

/**
 * The arithmetic of suggested points, without a database: targets met in the task area, reports on time, late
 * reports as occurrences of a deduction, accident figures against the baseline; each with the figures it shows, and
 * no points where the data cannot say anything yet. Which rule fits which kind of line.
 */
class SuggestionRulesTests {

	static CriterionView line(CriterionKind kind, String max, SuggestionRule rule) {
		return new CriterionView(7L, 1, 0, "2.1", "Tuyên truyền", kind, new BigDecimal(max), null, null, null, true, 0,
				rule, rule == SuggestionRule.TARGETS ? 4L : null);
	}

	static TargetProgressRow target(TargetDirection direction, int target, int value) {
		return new TargetProgressRow(1L, 9L, 4L, TargetKind.QUANTITATIVE, "Số buổi tuyên truyền", "buổi", direction,
				BigDecimal.valueOf(target), null, Cadence.MONTHLY, BigDecimal.valueOf(value), false, 3, null, null);
	}

	@Test
	void targetsGiveTheMaximumTimesTheShareOfTargetsMet() {
		CriterionView c = line(CriterionKind.CRITERION, "15", SuggestionRule.TARGETS);
		// at least 12 sessions: 12 met; at least 10: 9 not met; at most 5 accidents: 5 met
		CriterionSuggestion s = Suggestions.targets(c, List.of(target(TargetDirection.AT_LEAST, 12, 12),
				target(TargetDirection.AT_LEAST, 10, 9), target(TargetDirection.AT_MOST, 5, 5)), "4. Tuyên truyền");
		assertThat(s.value()).isEqualByComparingTo("10");
		assertThat(s.basisKey()).isEqualTo("scoring.suggestion.targets");
		assertThat(s.basisArguments()).containsExactly(2L, 3, "4. Tuyên truyền");
		CriterionSuggestion none = Suggestions.targets(c, List.of(), "4. Tuyên truyền");
		assertThat(none.value()).isNull();
		assertThat(none.basisKey()).isEqualTo("scoring.suggestion.noTargets");
	}

	@Test
	void reportsOnTimeShareTheMaximumAndLateOrMissingReportsCountAsOccurrences() {
		Suggestions.ReportCount n = new Suggestions.ReportCount(6, 4, 1, 1);
		CriterionSuggestion onTime = Suggestions.onTime(line(CriterionKind.CRITERION, "10",
				SuggestionRule.REPORTS_ON_TIME), n);
		assertThat(onTime.value()).isEqualByComparingTo("6.67");
		assertThat(onTime.basisArguments()).containsExactly(4, 6, 1, 1);
		CriterionSuggestion late = Suggestions.late(line(CriterionKind.DEDUCTION, "5", SuggestionRule.LATE_REPORTS),
				n);
		assertThat(late.value()).isEqualByComparingTo("2");
		assertThat(late.isOccurrences()).isTrue();
		assertThat(Suggestions.onTime(line(CriterionKind.CRITERION, "10", SuggestionRule.REPORTS_ON_TIME),
				new Suggestions.ReportCount(0, 0, 0, 0)).value()).isNull();
	}

	@Test
	void accidentsGiveAThirdOfTheMaximumForEachFigureNotAboveTheBaseline() {
		CriterionView c = line(CriterionKind.CRITERION, "20", SuggestionRule.ACCIDENTS);
		// cases 4 (baseline 6): down; deaths 2 (2): same; injured 5 (3): up
		CriterionSuggestion s = Suggestions.accidents(c, new Suggestions.AreaFigures("Xã Bản Bo", 5,
				new int[] { 4, 2, 5 }, new int[] { 6, 2, 3 }));
		assertThat(s.value()).isEqualByComparingTo("13.33");
		assertThat(s.basisArguments()).containsExactly("Xã Bản Bo", 5, 4, 6, 2, 2, 5, 3);
		assertThat(Suggestions.accidents(c, new Suggestions.AreaFigures("Xã Bản Bo", 5, new int[] { 1, 0, 0 },
				new int[] { 2, 1, 1 })).value()).isEqualByComparingTo("20");
		assertThat(Suggestions.accidents(c, new Suggestions.AreaFigures("Xã Bản Bo", 0, new int[3], null)).value())
			.isNull();
		assertThat(Suggestions.accidents(c, null).basisKey()).isEqualTo("scoring.suggestion.noFigures");
	}

	@Test
	void blackSpotsGiveTheMaximumTimesTheShareTreatedOfThoseTheUnitIsResponsibleFor() {
		CriterionView c = line(CriterionKind.CRITERION, "10", SuggestionRule.BLACK_SPOTS);
		CriterionSuggestion s = Suggestions.blackSpots(c, List.of(
				new BlackSpotStatusCount(BlackSpotStatus.IDENTIFIED, 1), new BlackSpotStatusCount(BlackSpotStatus.BEING_TREATED, 1),
				new BlackSpotStatusCount(BlackSpotStatus.TREATED, 1), new BlackSpotStatusCount(BlackSpotStatus.MONITORING, 1)));
		assertThat(s.value()).isEqualByComparingTo("5");
		assertThat(s.basisArguments()).containsExactly(2L, 4L, 1L, 1L);
		assertThat(Suggestions.blackSpots(c, List.of(new BlackSpotStatusCount(BlackSpotStatus.IDENTIFIED, 0)))
			.basisKey()).isEqualTo("scoring.suggestion.noBlackSpots");
		assertThat(Suggestions.blackSpots(c, null).value()).isNull();
	}

	@Test
	void lateReportsFitOnlyADeductionAndTargetsNeedATaskArea() {
		assertThat(SuggestionRule.LATE_REPORTS.fits(CriterionKind.DEDUCTION)).isTrue();
		assertThat(SuggestionRule.LATE_REPORTS.fits(CriterionKind.CRITERION)).isFalse();
		assertThat(SuggestionRule.TARGETS.fits(CriterionKind.DEDUCTION)).isFalse();
		assertThat(SuggestionRule.ACCIDENTS.fits(CriterionKind.BONUS)).isTrue();
		assertThat(CriterionRules.check(new CriterionCommand("1.", "Chỉ tiêu", CriterionKind.CRITERION,
				BigDecimal.TEN, null, null, null, null, SuggestionRule.TARGETS, null)))
			.extracting(e -> e.field() + ":" + e.messageKey()).containsExactly("taskAreaId:scoring.rule.taskAreaRequired");
		assertThat(CriterionRules.check(new CriterionCommand("1.", "Báo cáo", CriterionKind.CRITERION,
				BigDecimal.TEN, null, null, null, null, SuggestionRule.LATE_REPORTS, null)))
			.extracting(e -> e.field() + ":" + e.messageKey()).containsExactly("rule:scoring.rule.notForKind");
	}
}
