package vn.atgt.thidua.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.atgt.thidua.common.format.VietnameseNumbers;
import vn.atgt.thidua.scoring.CriterionKind;
import vn.atgt.thidua.scoring.CriterionView;
import vn.atgt.thidua.scoring.ExclusionView;
import vn.atgt.thidua.scoring.GradeView;
import vn.atgt.thidua.scoring.ScoreTableView;

/**
 * The campaign's score table as an annex of the launching plan (bảng chấm điểm kèm theo kế hoạch, as committees print
 * it): the criteria in the source document's numbering with their maximum points, a deduction's points per time, and
 * the guidance and evidence expected; then the totals and caps, the conditions that exclude a unit from the ranking,
 * and the grades with the pass mark. Every figure and text comes from the table.
 */
final class ScoreTableAnnex {

	private ScoreTableAnnex() {
	}

	static Annex of(String label, ScoreTableView table, String reference) {
		List<Block> body = new ArrayList<>();
		body.add(new Block.Paragraph(table.title() + "."));
		Block.Table lines = Block.Table.of(Block.Table.Column.number("TT"),
				Block.Table.Column.text("Nội dung tiêu chí", 7), Block.Table.Column.figure("Điểm tối đa", 2),
				Block.Table.Column.text("Hướng dẫn chấm, minh chứng", 5));
		for (CriterionView c : table.criteria()) {
			lines = lines.withRow(c.number(), text(c), c.maxPoints() == null ? "" : n(c.maxPoints()), guidance(c));
		}
		body.add(lines);
		body.add(new Block.Paragraph(totals(table)));
		if (!table.exclusions().isEmpty()) {
			body.add(new Block.Heading("Điều kiện không xét phân loại"));
			for (ExclusionView e : table.exclusions()) {
				body.add(new Block.Bullet(DocxWriter.ending(e.text(), ";")));
			}
		}
		if (!table.grades().isEmpty()) {
			body.add(new Block.Heading("Xếp loại"));
			for (GradeView g : table.grades()) {
				body.add(new Block.Bullet(g.name() + ": từ " + n(g.minPoints()) + " điểm trở lên;"));
			}
		}
		return new Annex(label, "BẢNG CHẤM ĐIỂM THI ĐUA", reference, body);
	}

	private static String text(CriterionView c) {
		if (c.kind() == CriterionKind.DEDUCTION && c.pointsPerOccurrence() != null) {
			return c.text() + " (trừ " + n(c.pointsPerOccurrence()) + " điểm mỗi lần)";
		}
		return c.text();
	}

	private static String guidance(CriterionView c) {
		List<String> parts = new ArrayList<>();
		if (c.guidance() != null) {
			parts.add(c.guidance());
		}
		if (c.evidenceExpected() != null) {
			parts.add("Minh chứng: " + c.evidenceExpected());
		}
		return String.join("; ", parts);
	}

	private static String totals(ScoreTableView t) {
		StringBuilder s = new StringBuilder("Tổng điểm tối đa các tiêu chí: ").append(n(t.totalPoints()))
			.append(" điểm; điểm thưởng cộng không quá ").append(n(t.bonusCap())).append(" điểm");
		if (t.deductionCap() != null) {
			s.append("; tổng điểm trừ không quá ").append(n(t.deductionCap())).append(" điểm");
		}
		return s.append(". Đơn vị đạt từ ").append(n(t.passMark())).append(" điểm trở lên là đạt yêu cầu.").toString();
	}

	private static String n(BigDecimal value) {
		return VietnameseNumbers.format(value);
	}
}
