package vn.atgt.thidua.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.atgt.thidua.commendation.Gender;
import vn.atgt.thidua.commendation.NomineeKind;
import vn.atgt.thidua.commendation.ProposalRow;
import vn.atgt.thidua.commendation.ProposalStatus;
import vn.atgt.thidua.exemplar.ExemplarKind;
import vn.atgt.thidua.exemplar.RecognisedExemplar;
import vn.atgt.thidua.scoring.Breakdown;
import vn.atgt.thidua.scoring.GradeView;
import vn.atgt.thidua.scoring.RankingPage;
import vn.atgt.thidua.scoring.ScoreTableView;

/**
 * The exemplary models, ranking and commendation sections from hand-built reads of the exemplar, scoring and
 * commendation doors: the sentences and the table cells as a Ban ATGT report words them.
 */
class SummaryDataSectionsTests {

	@Test
	void exemplarsAreCountedByKindWithTheirReplications() {
		SectionContent section = ExemplarSection.compose(List.of(
				new RecognisedExemplar(1L, 10L, "Trường THCS Bình Lư", ExemplarKind.COLLECTIVE_MODEL,
						"Cổng trường an toàn giao thông", null, 5, true),
				new RecognisedExemplar(2L, 11L, "Xã Bản Bo", ExemplarKind.PRACTICE, "Tuyến đường tự quản", null, 2, false),
				new RecognisedExemplar(3L, 12L, "Công an huyện", ExemplarKind.GOOD_DEED, "Cứu người bị nạn",
						"Lò Văn Minh", 0, false)));

		assertThat(section.text().lines().toList()).containsExactly(
				"Các đơn vị đã xây dựng 3 mô hình, điển hình tiên tiến được Văn phòng thường trực công nhận (1 mô hình "
						+ "tập thể, 1 gương người tốt, việc tốt, 1 cách làm hay), trong đó 2 mô hình được nhân rộng tại "
						+ "tổng cộng 7 đơn vị.",
				"Tiêu biểu: mô hình \u201CCổng trường an toàn giao thông\u201D của Trường THCS Bình Lư (nhân rộng tại 5 đơn "
						+ "vị); mô hình \u201CTuyến đường tự quản\u201D của Xã Bản Bo (nhân rộng tại 2 đơn vị).");
		assertThat(section.table().header()).containsExactly("STT", "Mô hình, điển hình", "Loại", "Đơn vị",
				"Số đơn vị nhân rộng");
		assertThat(section.table().rows().get(2)).containsExactly("3", "Cứu người bị nạn (Lò Văn Minh)",
				"Gương người tốt, việc tốt", "Công an huyện", "0");
		assertThat(ExemplarSection.compose(List.of()).text())
			.isEqualTo("Chưa có mô hình, điển hình tiên tiến nào được công nhận.");
	}

	@Test
	void theRankingCountsGradesExcludedAndPendingAndNamesTheLeaders() {
		GradeView excellent = new GradeView(1L, "Xuất sắc", new BigDecimal("90"));
		GradeView good = new GradeView(2L, "Tốt", new BigDecimal("75"));
		GradeView fair = new GradeView(3L, "Khá", new BigDecimal("60"));
		ScoreTableView table = new ScoreTableView(5L, 7L, "Bảng chấm điểm thi đua năm 2024", new BigDecimal("100"),
				new BigDecimal("50"), new BigDecimal("5"), null, false, true, 0, List.of(), List.of(),
				List.of(good, fair, excellent));
		RankingPage page = new RankingPage(null, table, List.of(
				row(1, "Công an huyện", "92", "3", "0", "95", excellent, true),
				row(2, "Xã Bản Bo", "80,5", "0", "2", "78,5", good, true),
				row(3, "Xã Nà Tăm", "48", "0", "0", "48", null, false)),
				List.of(new RankingPage.Excluded(30L, "Xã Hồ Thầu", 9L, "Để xảy ra TNGT đặc biệt nghiêm trọng", "")),
				List.of(new RankingPage.Pending(31L, "Xã Sơn Bình", null, null)), null, List.of(), null);

		SectionContent section = RankingSection.compose(page);
		assertThat(section.text().lines().toList()).containsExactly(
				"Căn cứ bảng chấm điểm thi đua năm 2024 (thang điểm 100 điểm), có 3/5 đơn vị được chấm điểm, xếp hạng, "
						+ "trong đó 2 đơn vị có kết quả đã được Lãnh đạo Ban xác nhận.",
				"Kết quả xếp loại: 1 đơn vị xếp loại Xuất sắc, 1 đơn vị xếp loại Tốt; 1 đơn vị không đạt điểm tối thiểu "
						+ "(50 điểm).",
				"Có 1 đơn vị không xét thi đua do vi phạm điều kiện loại trừ (Xã Hồ Thầu); 1 đơn vị chưa có điểm được "
						+ "thẩm định.",
				"Dẫn đầu phong trào: Công an huyện (95 điểm); Xã Bản Bo (78,5 điểm); Xã Nà Tăm (48 điểm).");
		assertThat(section.table().header()).containsExactly("Hạng", "Đơn vị", "Điểm tiêu chí", "Điểm thưởng",
				"Điểm trừ", "Tổng điểm", "Xếp loại");
		assertThat(section.table().rows()).containsExactly(List.of("1", "Công an huyện", "92", "3", "0", "95", "Xuất sắc"),
				List.of("2", "Xã Bản Bo", "80,5", "0", "2", "78,5", "Tốt"), List.of("3", "Xã Nà Tăm", "48", "0", "0", "48", "—"));
		assertThat(RankingSection.compose(new RankingPage(null, null, List.of(), List.of(), List.of(), null, List.of(),
				null)).text()).isEqualTo("Phong trào chưa có bảng chấm điểm thi đua.");
	}

	@Test
	void proposalsAreCountedByWhereTheyStandAndDecisionsListedByNumber() {
		SectionContent section = CommendationSection.compose(List.of(
				proposal(1L, "Công an huyện", NomineeKind.COLLECTIVE, "Công an huyện", ProposalStatus.DECIDED, "45/QĐ-UBND"),
				proposal(2L, "Công an huyện", NomineeKind.INDIVIDUAL, "Lò Văn Minh", ProposalStatus.DECIDED, "45/QĐ-UBND"),
				proposal(3L, "Xã Bản Bo", NomineeKind.INDIVIDUAL, "Tẩn Thị Mai", ProposalStatus.FORWARDED, null),
				proposal(4L, "Xã Bản Bo", NomineeKind.INDIVIDUAL, "Vàng A Sử", ProposalStatus.REJECTED, null)));

		assertThat(section.text().lines().toList()).containsExactly(
				"Các đơn vị đã đề nghị khen thưởng 1 tập thể và 3 cá nhân có thành tích xuất sắc trong phong trào.",
				"Kết quả xét duyệt: 1 hồ sơ không được Hội đồng đề nghị, 1 hồ sơ đã trình cấp có thẩm quyền quyết định, "
						+ "2 trường hợp đã có quyết định khen thưởng.",
				"Quyết định số 45/QĐ-UBND: khen thưởng 1 tập thể và 1 cá nhân (Giấy khen của Chủ tịch UBND huyện).");
		assertThat(section.table().rows().get(1)).containsExactly("2", "Lò Văn Minh", "Cá nhân", "Công an huyện",
				"Giấy khen của Chủ tịch UBND huyện", "Đã khen thưởng", "45/QĐ-UBND");
		assertThat(section.table().rows().get(3).get(5)).isEqualTo("Không đề nghị");
		assertThat(CommendationSection.compose(List.of()).text())
			.isEqualTo("Chưa có đơn vị nào gửi đề nghị khen thưởng.");
	}

	private static RankingPage.Row row(int rank, String unit, String main, String bonus, String deductions, String total,
			GradeView grade, boolean official) {
		BigDecimal t = new BigDecimal(total.replace(',', '.'));
		Breakdown breakdown = new Breakdown(new BigDecimal(main.replace(',', '.')), new BigDecimal(bonus),
				new BigDecimal(bonus), new BigDecimal(deductions), new BigDecimal(deductions), t);
		return new RankingPage.Row(rank, (long) rank, unit, null, (long) rank, breakdown, grade,
				t.compareTo(new BigDecimal("50")) >= 0, null, official);
	}

	private static ProposalRow proposal(Long id, String unit, NomineeKind kind, String nominee, ProposalStatus status,
			String decision) {
		return new ProposalRow(id, id, unit, kind, nominee, null, Gender.MALE, false, 1L,
				"Giấy khen của Chủ tịch UBND huyện", LocalDate.of(2025, 1, 15), "", status, 7, decision, false);
	}
}
