package vn.atgt.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.scoring.internal.ScoreTable;
import vn.atgt.thidua.scoring.internal.UnitScore;

/**
 * The arithmetic and the rules of the score table, without a database: caps, the bonus cap, deductions per occurrence
 * with their caps, grade thresholds at their exact boundaries, the total check, the numbering, the tie-break rule, and
 * the workflow of a unit's score.
 */
class ScoringRulesTests {

	static BigDecimal d(String s) {
		return new BigDecimal(s);
	}

	static long ids = 1;

	static CriterionView line(String number, int depth, CriterionKind kind, String max, String rate, boolean leaf) {
		return new CriterionView(ids++, 0, depth, number, "Tiêu chí " + number, kind, max == null ? null : d(max),
				rate == null ? null : d(rate), null, null, leaf, 0, null, null);
	}

	/** 1. (60: 1.1 = 40, 1.2 = 20), 2. 40; bonus a 5 and b 5 under a cap of 6; deductions 1/late (cap 5), 10 (cap 10). */
	static ScoreTableView table(String deductionCap) {
		List<CriterionView> c = new ArrayList<>();
		c.add(line("1.", 0, CriterionKind.CRITERION, "60", null, false));
		c.add(line("1.1", 1, CriterionKind.CRITERION, "40", null, true));
		c.add(line("1.2", 1, CriterionKind.CRITERION, "20", null, true));
		c.add(line("2.", 0, CriterionKind.CRITERION, "40", null, true));
		c.add(line("a)", 1, CriterionKind.BONUS, "5", null, true));
		c.add(line("b)", 1, CriterionKind.BONUS, "5", null, true));
		c.add(line("-", 1, CriterionKind.DEDUCTION, "5", "1", true));
		c.add(line("+", 1, CriterionKind.DEDUCTION, "10", "10", true));
		return new ScoreTableView(1L, 1L, "Bảng", d("100"), d("50"), d("6"),
				deductionCap == null ? null : d(deductionCap), false, false, 0, c, List.of(),
				List.of(new GradeView(1L, "Hoàn thành", d("50")), new GradeView(2L, "Xuất sắc", d("90")),
						new GradeView(3L, "Tốt", d("80"))));
	}

	static Map<Long, BigDecimal> values(ScoreTableView t, String... byNumber) {
		Map<Long, BigDecimal> values = new HashMap<>();
		for (int i = 0; i < byNumber.length; i += 2) {
			String number = byNumber[i];
			CriterionView c = t.criteria().stream().filter(x -> x.number().equals(number)).findFirst().orElseThrow();
			values.put(c.id(), d(byNumber[i + 1]));
		}
		return values;
	}

	@Test
	void theTotalAddsCriteriaAndCappedBonusLessCappedDeductions() {
		ScoreTableView t = table(null);
		Breakdown b = Breakdown.of(t, values(t, "1.1", "35", "1.2", "20", "2.", "30", "a)", "5", "b)", "4", "-", "3"));
		assertThat(b.main()).isEqualByComparingTo("85");
		assertThat(b.bonusGiven()).isEqualByComparingTo("9");
		assertThat(b.bonus()).as("bonus cap 6").isEqualByComparingTo("6");
		assertThat(b.bonusCapped()).isTrue();
		assertThat(b.deductions()).as("3 late reports × 1").isEqualByComparingTo("3");
		assertThat(b.total()).isEqualByComparingTo("88");
	}

	@Test
	void aDeductionStopsAtItsOwnCapAndAllDeductionsAtTheCommonCap() {
		ScoreTableView own = table(null);
		Breakdown b = Breakdown.of(own, values(own, "1.1", "40", "1.2", "20", "2.", "40", "-", "8", "+", "1"));
		assertThat(b.deductionsGiven()).as("8 × 1 capped at 5, plus 10").isEqualByComparingTo("15");
		assertThat(b.total()).isEqualByComparingTo("85");
		ScoreTableView common = table("12");
		Breakdown c = Breakdown.of(common, values(common, "1.1", "40", "1.2", "20", "2.", "40", "-", "8", "+", "1"));
		assertThat(c.deductions()).isEqualByComparingTo("12");
		assertThat(c.deductionsCapped()).isTrue();
		assertThat(c.total()).isEqualByComparingTo("88");
	}

	@Test
	void theTotalNeverGoesBelowZero() {
		ScoreTableView t = table(null);
		assertThat(Breakdown.of(t, values(t, "1.1", "2", "-", "5", "+", "1")).total()).isEqualByComparingTo("0");
	}

	@Test
	void gradesApplyFromTheirThresholdUp() {
		ScoreTableView t = table(null);
		assertThat(t.gradeOf(d("90")).orElseThrow().name()).isEqualTo("Xuất sắc");
		assertThat(t.gradeOf(d("89.99")).orElseThrow().name()).isEqualTo("Tốt");
		assertThat(t.gradeOf(d("80")).orElseThrow().name()).isEqualTo("Tốt");
		assertThat(t.gradeOf(d("50")).orElseThrow().name()).isEqualTo("Hoàn thành");
		assertThat(t.gradeOf(d("49.99"))).isEmpty();
		assertThat(t.passes(d("50"))).isTrue();
		assertThat(t.passes(d("49.99"))).isFalse();
	}

	@Test
	void aTableWhoseMaximaDoNotAddUpSaysByHowMuch() {
		assertThat(table(null).problems()).isEmpty();
		ScoreTableView t = table(null);
		List<CriterionView> lines = new ArrayList<>(t.criteria());
		lines.set(3, line("2.", 0, CriterionKind.CRITERION, "35", null, true));
		ScoreTableView short5 = new ScoreTableView(1L, 1L, "Bảng", d("100"), d("120"), d("6"), null, false, false, 0,
				lines, List.of(), List.of());
		assertThat(short5.problems()).extracting(TableProblem::messageKey)
			.containsExactly("scoring.check.total", "scoring.check.passMark", "scoring.check.noGrades");
		assertThat(short5.problems().get(0).arguments()).containsExactly("95", "100", "5");
	}

	@Test
	void aGroupWhoseMaximumDiffersFromItsSubCriteriaIsNamed() {
		List<CriterionView> lines = new ArrayList<>(table(null).criteria());
		lines.set(0, line("1.", 0, CriterionKind.CRITERION, "50", null, false));
		ScoreTableView t = new ScoreTableView(1L, 1L, "Bảng", d("100"), d("50"), d("6"), null, false, false, 0, lines,
				List.of(), table(null).grades());
		assertThat(t.problems()).singleElement().satisfies(p -> {
			assertThat(p.messageKey()).isEqualTo("scoring.check.groupSum");
			assertThat(p.arguments()).containsExactly("1.", "50", "60");
		});
	}

	@Test
	void numberingGivesTheTree() {
		List<Integer> depths = ScoreNumbering.depths(List.of("I.", "1.", "1.1", "a)", "b)", "-", "1.2", "2.", "II.",
				"1.", "a)"));
		assertThat(depths).containsExactly(0, 1, 2, 3, 3, 4, 2, 1, 0, 1, 2);
		assertThat(ScoreNumbering.depths(List.of("1.", "a)", "2", "2.1", "2.1.1"))).containsExactly(0, 1, 0, 1, 2);
		assertThat(ScoreNumbering.leaves(List.of(0, 1, 1, 0))).containsExactly(false, true, true, true);
		assertThat(ScoreNumbering.isValid("1.1")).isTrue();
		assertThat(ScoreNumbering.isValid("a)")).isTrue();
		assertThat(ScoreNumbering.isValid("Mục 1")).isFalse();
	}

	@Test
	void pointsOverTheMaximumNegativeOrNotANumberAreFieldErrors() {
		ScoreTableView t = table(null);
		Long c11 = t.criteria().get(1).id();
		Long c12 = t.criteria().get(2).id();
		Long c2 = t.criteria().get(3).id();
		Long late = t.criteria().get(6).id();
		Map<Long, String> points = Map.of(c11, "41", c12, "-1", c2, "mười", late, "6");
		assertThatThrownBy(() -> ScoreRules.read(t, new ScoreInput(points, null, null), false))
			.isInstanceOfSatisfying(InvalidScoreException.class, e -> assertThat(e.problems())
				.extracting(FieldException::field, FieldException::messageKey)
				.containsExactlyInAnyOrder(
						org.assertj.core.groups.Tuple.tuple("points[" + c11 + "]", "scoring.points.overMax"),
						org.assertj.core.groups.Tuple.tuple("points[" + c12 + "]", "scoring.points.negative"),
						org.assertj.core.groups.Tuple.tuple("points[" + c2 + "]", "scoring.points.notNumber"),
						org.assertj.core.groups.Tuple.tuple("points[" + late + "]", "scoring.deduction.overCap")));
	}

	@Test
	void aCompleteScoreNeedsEveryCriterionButNotBonusOrDeductions() {
		ScoreTableView t = table(null);
		Map<Long, String> points = Map.of(t.criteria().get(1).id(), "40", t.criteria().get(2).id(), "12,5");
		assertThat(ScoreRules.read(t, new ScoreInput(points, null, null), false).get(t.criteria().get(2).id())
			.value()).isEqualByComparingTo("12.5");
		assertThatThrownBy(() -> ScoreRules.read(t, new ScoreInput(points, null, null), true))
			.isInstanceOfSatisfying(InvalidScoreException.class, e -> assertThat(e.problems())
				.extracting(FieldException::field)
				.containsExactly("points[" + t.criteria().get(3).id() + "]"));
	}

	static Ranking.Entry entry(long id, String name, String main, String deductions, String total, int minute) {
		Breakdown b = new Breakdown(d(main), BigDecimal.ZERO, BigDecimal.ZERO, d(deductions), d(deductions),
				d(total));
		return new Ranking.Entry(id, name, b, minute < 0 ? null : Instant.parse("2024-12-20T08:00:00Z")
			.plusSeconds(60L * minute));
	}

	@Test
	void tiesAreBrokenByTheWrittenRulesInOrder() {
		List<Ranking.Place> places = Ranking.rank(List.of(
				entry(1, "UBND xã Bản Bo", "88", "0", "88", 5),
				entry(2, "Công an huyện", "90", "2", "88", 9),
				entry(3, "Đoàn Thanh niên", "88", "0", "88", 1),
				entry(4, "UBND xã Nùng Nàng", "80", "0", "92", 3),
				entry(5, "Hội Phụ nữ", "88", "0", "88", 1),
				entry(6, "Ban Bo", "88", "1", "86", -1)));
		assertThat(places).extracting(p -> p.entry().unitId()).containsExactly(4L, 2L, 3L, 5L, 1L, 6L);
		assertThat(places).extracting(Ranking.Place::rank).containsExactly(1, 2, 3, 4, 5, 6);
		assertThat(places).extracting(Ranking.Place::tieRule)
			.containsExactly(null, null, TieRule.MAIN, TieRule.NAME, TieRule.SUBMISSION, null);
	}

	// --- entities ---------------------------------------------------------------------------------------------------

	static final Actor OFFICE = new Actor("vanphong", "Văn phòng", Instant.parse("2024-12-20T08:00:00Z"));

	@Test
	void theTableRefusesABadLineAndChangesNoMoreOnceLocked() {
		ScoreTable table = new ScoreTable(1L, new TableSettings("Bảng", d("100"), d("50"), d("5"), null));
		assertThatThrownBy(() -> table.addCriterion(new CriterionCommand("Mục một", "", null, d("-1"), null, null,
				null, null)))
			.isInstanceOfSatisfying(InvalidScoreException.class, e -> assertThat(e.problems())
				.extracting(FieldException::field).containsExactlyInAnyOrder("number", "text", "kind", "maxPoints"));
		assertThatThrownBy(() -> table.addCriterion(new CriterionCommand("1.", "Trừ", CriterionKind.DEDUCTION,
				d("5"), d("0"), null, null, null)))
			.isInstanceOfSatisfying(InvalidScoreException.class, e -> assertThat(e.problems())
				.extracting(FieldException::field).containsExactly("pointsPerOccurrence"));
		table.addCriterion(new CriterionCommand("1.", "Chỉ đạo", CriterionKind.CRITERION, d("100"), null, null, null,
				null));
		table.addCriterion(new CriterionCommand("1.1", "Ban hành kế hoạch", CriterionKind.CRITERION, d("100"), null,
				null, null, null));
		table.addCriterion(new CriterionCommand("I.", "Phần chấm điểm", CriterionKind.CRITERION, null, null, null,
				null, 1));
		assertThat(table.view().criteria()).extracting(CriterionView::number, CriterionView::depth,
				CriterionView::leaf)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("I.", 0, false),
					org.assertj.core.groups.Tuple.tuple("1.", 1, false),
					org.assertj.core.groups.Tuple.tuple("1.1", 2, true));
		table.addGrade("Tốt", d("80"));
		assertThatThrownBy(() -> table.addGrade("Khá", d("80"))).isInstanceOf(InvalidScoreException.class);
		assertThat(table.view().problems()).isEmpty();
		table.lock();
		assertThatThrownBy(() -> table.addExclusion("Để xảy ra tai nạn đặc biệt nghiêm trọng"))
			.isInstanceOf(DomainException.class).hasMessageContaining("scoring.table.locked");
	}

	@Test
	void aScoreFollowsItsWorkflow() {
		UnitScore score = new UnitScore(1L, 2L, OFFICE);
		assertThatThrownBy(() -> score.accept(OFFICE)).hasMessageContaining("scoring.score.notSubmitted");
		score.write(Map.of(10L, new ScoreRules.Line(d("30"), "Đã làm", "Báo cáo tháng 7")));
		score.submit(OFFICE);
		assertThatThrownBy(() -> score.write(Map.of())).hasMessageContaining("scoring.score.notEditable.SUBMITTED");
		score.review(Map.of(10L, new ScoreRules.Line(d("25"), "Thiếu minh chứng", null)), OFFICE);
		assertThat(score.view().line(10L).counted()).isEqualByComparingTo("25");
		assertThatThrownBy(() -> score.returnForChanges(" ", OFFICE)).isInstanceOf(FieldException.class);
		score.returnForChanges("Bổ sung minh chứng tiêu chí 1.1", OFFICE);
		score.write(Map.of(10L, new ScoreRules.Line(d("28"), "Đã bổ sung", "Công văn 12")));
		score.submit(OFFICE);
		assertThat(score.view().line(10L).reviewedPoints()).as("a new submission is reviewed afresh").isNull();
		score.accept(OFFICE);
		assertThat(score.getStatus()).isEqualTo(ScoreStatus.ACCEPTED);
		score.exclude(5L, "Tai nạn đặc biệt nghiêm trọng ngày 12/10/2024", OFFICE);
		assertThat(score.view().excluded()).isTrue();
		assertThat(score.view().history()).extracting(ScoreStep::action).containsExactly(ScoreAction.STARTED,
				ScoreAction.SUBMITTED, ScoreAction.REVIEWED, ScoreAction.RETURNED, ScoreAction.SUBMITTED,
				ScoreAction.ACCEPTED, ScoreAction.EXCLUDED);
	}
}
