package vn.atgt.thidua.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.atgt.thidua.common.format.VietnameseNumbers;

/**
 * The checks a score table passes before units may score on it: it has criteria; every scored line has its maximum
 * (a deduction also its points per occurrence); a group heading with a maximum equals what its sub-criteria add up
 * to; the criteria's maxima add up to the stated total; the pass mark and every grade lie within the total; there is
 * at least one grade. Each problem names the line and the figures, so the office sees what to correct.
 */
final class TableCheck {

	private TableCheck() {
	}

	static List<TableProblem> problems(ScoreTableView table) {
		List<TableProblem> problems = new ArrayList<>();
		List<CriterionView> lines = table.criteria();
		if (lines.stream().noneMatch(c -> c.scored() && c.kind() == CriterionKind.CRITERION)) {
			problems.add(new TableProblem("scoring.check.noCriteria"));
		}
		for (int i = 0; i < lines.size(); i++) {
			CriterionView line = lines.get(i);
			if (line.scored() && line.maxPoints() == null) {
				problems.add(new TableProblem("scoring.check.withoutPoints", line.number(), line.text()));
			}
			if (line.scored() && line.isDeduction() && line.pointsPerOccurrence() == null) {
				problems.add(new TableProblem("scoring.check.withoutRate", line.number(), line.text()));
			}
			if (!line.scored() && line.maxPoints() != null && line.kind() == CriterionKind.CRITERION) {
				BigDecimal sum = subtreeSum(lines, i);
				if (sum.compareTo(line.maxPoints()) != 0) {
					problems.add(new TableProblem("scoring.check.groupSum", line.number(), n(line.maxPoints()),
							n(sum)));
				}
			}
		}
		BigDecimal sum = lines.stream()
			.filter(c -> c.scored() && c.kind() == CriterionKind.CRITERION && c.maxPoints() != null)
			.map(CriterionView::maxPoints)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		if (sum.compareTo(table.totalPoints()) != 0) {
			problems.add(new TableProblem("scoring.check.total", n(sum), n(table.totalPoints()),
					n(table.totalPoints().subtract(sum).abs())));
		}
		if (table.passMark().compareTo(table.totalPoints()) > 0) {
			problems.add(new TableProblem("scoring.check.passMark", n(table.passMark()), n(table.totalPoints())));
		}
		if (table.grades().isEmpty()) {
			problems.add(new TableProblem("scoring.check.noGrades"));
		}
		table.grades().stream().filter(g -> g.minPoints().compareTo(table.totalPoints()) > 0)
			.forEach(g -> problems.add(new TableProblem("scoring.check.gradeOverTotal", g.name(), n(g.minPoints()),
					n(table.totalPoints()))));
		return problems;
	}

	/** What the scored criteria under line {@code i} (at any depth) add up to. */
	private static BigDecimal subtreeSum(List<CriterionView> lines, int i) {
		int depth = lines.get(i).depth();
		BigDecimal sum = BigDecimal.ZERO;
		for (int j = i + 1; j < lines.size() && lines.get(j).depth() > depth; j++) {
			CriterionView child = lines.get(j);
			if (child.scored() && child.kind() == CriterionKind.CRITERION && child.maxPoints() != null) {
				sum = sum.add(child.maxPoints());
			}
		}
		return sum;
	}

	private static String n(BigDecimal value) {
		return VietnameseNumbers.format(value);
	}
}
