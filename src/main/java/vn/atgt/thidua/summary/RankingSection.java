package vn.atgt.thidua.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.common.format.VietnameseNumbers;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.scoring.GradeView;
import vn.atgt.thidua.scoring.RankingPage;
import vn.atgt.thidua.scoring.ScoringQueries;

/**
 * The ranking and grades, from the scoring module's door (its ranking read): how many units were scored and ranked,
 * whether the points are the leadership's final score or still the office's reviewed one, how many units reached each
 * grade (the grades no unit reached are not listed) and the pass mark, the units excluded and those not yet scored, the first three named, and the ranking table.
 */
@Component
class RankingSection {

	private static final int NAMED = 3;

	private final ScoringQueries scoring;

	RankingSection(ScoringQueries scoring) {
		this.scoring = scoring;
	}

	SectionContent draft(CurrentUser user, SummaryScope scope) {
		return compose(scoring.ranking(user, scope.campaign().id(), null));
	}

	static SectionContent compose(RankingPage ranking) {
		if (ranking.table() == null) {
			return SectionContent.text("Phong trào chưa có bảng chấm điểm thi đua.");
		}
		int total = ranking.ranked().size() + ranking.excluded().size() + ranking.pending().size();
		if (ranking.ranked().isEmpty()) {
			return SectionContent.text("Chưa có đơn vị nào có điểm thi đua được thẩm định (" + ranking.pending().size() + "/"
					+ total + " đơn vị đang tự chấm hoặc chờ thẩm định).");
		}
		long official = ranking.ranked().stream().filter(RankingPage.Row::official).count();
		List<String> lines = new ArrayList<>();
		lines.add("Căn cứ " + Texts.lowerFirst(ranking.table().title()) + " (thang điểm "
				+ VietnameseNumbers.format(ranking.table().totalPoints()) + " điểm), có " + ranking.ranked().size() + "/"
				+ total + " đơn vị được chấm điểm, xếp hạng"
				+ (official == ranking.ranked().size() ? ", kết quả đã được Lãnh đạo Ban xác nhận"
						: official == 0 ? " theo kết quả thẩm định của Văn phòng thường trực, chưa được Lãnh đạo Ban xác nhận"
								: ", trong đó " + official + " đơn vị có kết quả đã được Lãnh đạo Ban xác nhận")
				+ ".");
		List<String> grades = new ArrayList<>();
		for (GradeView grade : ranking.table().grades()) {
			long count = ranking.ranked().stream().filter(r -> r.grade() != null && Objects.equals(r.grade().id(), grade.id()))
				.count();
			if (count > 0) {
				grades.add(count + " đơn vị xếp loại " + grade.name());
			}
		}
		long failing = ranking.ranked().stream().filter(r -> !r.passes()).count();
		if (!grades.isEmpty() || failing > 0) {
			lines.add("Kết quả xếp loại: " + String.join(", ", grades)
					+ (failing > 0 ? (grades.isEmpty() ? "" : "; ") + failing + " đơn vị không đạt điểm tối thiểu"
							+ (ranking.table().passMark() == null ? "" : " ("
									+ VietnameseNumbers.format(ranking.table().passMark()) + " điểm)")
							: "")
					+ ".");
		}
		if (!ranking.excluded().isEmpty() || !ranking.pending().isEmpty()) {
			List<String> others = new ArrayList<>();
			if (!ranking.excluded().isEmpty()) {
				others.add(ranking.excluded().size() + " đơn vị không xét thi đua do vi phạm điều kiện loại trừ ("
						+ String.join(", ", ranking.excluded().stream().map(RankingPage.Excluded::unitName).toList()) + ")");
			}
			if (!ranking.pending().isEmpty()) {
				others.add(ranking.pending().size() + " đơn vị chưa có điểm được thẩm định");
			}
			lines.add("Có " + String.join("; ", others) + ".");
		}
		lines.add("Dẫn đầu phong trào: " + String.join("; ", ranking.ranked().stream().limit(NAMED)
			.map(r -> r.unitName() + " (" + VietnameseNumbers.format(r.breakdown().total()) + " điểm)").toList()) + ".");
		List<List<String>> rows = new ArrayList<>();
		for (RankingPage.Row r : ranking.ranked()) {
			rows.add(List.of(Integer.toString(r.rank()), r.unitName(), VietnameseNumbers.format(r.breakdown().main()),
					VietnameseNumbers.format(r.breakdown().bonus()), VietnameseNumbers.format(r.breakdown().deductions()),
					VietnameseNumbers.format(r.breakdown().total()), r.grade() == null ? "—" : r.grade().name()));
		}
		return new SectionContent(String.join("\n", lines), new SectionTable(List.of("Hạng", "Đơn vị", "Điểm tiêu chí",
				"Điểm thưởng", "Điểm trừ", "Tổng điểm", "Xếp loại"), rows));
	}
}
