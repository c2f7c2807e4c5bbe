package vn.atgt.thidua.scoring;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A campaign's score table: its stated total, pass mark, bonus cap and overall deduction cap (null: only each
 * deduction's own), the criteria in the document's order, the exclusion conditions and the grades (highest first).
 * {@code locked} once a unit has submitted its self-score; {@code sample} for the demo's table, shown as a sample.
 */
public record ScoreTableView(Long id, Long campaignId, String title, BigDecimal totalPoints, BigDecimal passMark,
		BigDecimal bonusCap, BigDecimal deductionCap, boolean sample, boolean locked, long version,
		List<CriterionView> criteria, List<ExclusionView> exclusions, List<GradeView> grades) {

	public ScoreTableView {
		criteria = List.copyOf(criteria);
		exclusions = List.copyOf(exclusions);
		grades = grades.stream().sorted(Comparator.comparing(GradeView::minPoints).reversed()).toList();
	}

	/** The lines a unit scores (no group headings), in order. */
	public List<CriterionView> scoredCriteria() {
		return criteria.stream().filter(CriterionView::scored).toList();
	}

	public Optional<CriterionView> criterion(Long id) {
		return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
	}

	/** The highest grade whose threshold the total reaches; empty below every threshold. */
	public Optional<GradeView> gradeOf(BigDecimal total) {
		return grades.stream().filter(g -> total.compareTo(g.minPoints()) >= 0).findFirst();
	}

	/** True when the total reaches the pass mark. */
	public boolean passes(BigDecimal total) {
		return total.compareTo(passMark) >= 0;
	}

	public Optional<ExclusionView> exclusion(Long id) {
		return exclusions.stream().filter(e -> e.id().equals(id)).findFirst();
	}

	/** What is wrong with the table (nothing: it is ready for scoring). */
	public List<TableProblem> problems() {
		return TableCheck.problems(this);
	}
}
