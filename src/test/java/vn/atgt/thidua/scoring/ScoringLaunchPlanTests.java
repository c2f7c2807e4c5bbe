package vn.atgt.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atgt.thidua.support.LibreOffice.squeezed;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import vn.atgt.thidua.document.CampaignDocuments;
import vn.atgt.thidua.scoring.ScoringFixture.Movement;
import vn.atgt.thidua.support.LibreOffice;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The score table as the annex of the launching plan, in the Nghị định 30 layout, read back through LibreOffice and
 * pdftotext: after the participants ("PHỤ LỤC I"), "PHỤ LỤC II" with its reference to the plan, every line in its
 * numbering with its maximum points (a deduction with its points per time), the totals and caps, the exclusion
 * condition and the grades, with their Vietnamese marks intact.
 */
@ThiDuaIntegrationTest
class ScoringLaunchPlanTests {

	@Autowired
	ScoringFixture fixture;

	@Autowired
	CampaignDocuments documents;

	@TempDir
	Path workDir;

	@Test
	void theLaunchPlanCarriesTheScoreTableAsItsSecondAnnex() {
		Movement m = fixture.movementWithTable();
		Long c11 = fixture.criterion(m, "1.1");
		fixture.tables.updateCriterion(m.office(), m.campaignId(), c11, fixture.version(m), new CriterionCommand("1.1",
				"Ban hành kế hoạch triển khai", CriterionKind.CRITERION, ScoringFixture.d("10"), null,
				"Có kế hoạch đúng hạn: 10 điểm", "Kế hoạch của đơn vị", null));

		String text = LibreOffice.text(documents.launchPlan(m.leader(), m.campaignId()).content(), workDir);
		List<String> pages = LibreOffice.pages(text);
		String all = squeezed(text);
		// pdftotext reads a table row by row, a cell's wrapped words on the lines of the row: each row in order, with
		// its number, text and maximum points together
		assertThat(all).containsSubsequence(squeezed("PHỤ LỤC I"), squeezed("DANH SÁCH ĐƠN VỊ THAM GIA"),
				squeezed("PHỤ LỤC II"), squeezed("BẢNG CHẤM ĐIỂM THI ĐUA"), squeezed("(Kèm theo Kế hoạch số"),
				squeezed("Bảng chấm điểm thi đua năm 2024."), squeezed("Nội dung tiêu chí"),
				squeezed("1. Công tác chỉ đạo, điều hành 20"), squeezed("Có kế hoạch đúng hạn: 10"),
				squeezed("1.1 Ban hành kế hoạch triển khai 10"), squeezed("Minh chứng: Kế hoạch của đơn vị"),
				squeezed("3. Kết quả kiềm chế tai nạn giao thông 50"), squeezed("4. Điểm thưởng"),
				squeezed("b) Được cấp trên khen thưởng 3"), squeezed("Mỗi báo cáo nộp trễ hạn (trừ 1 điểm"),
				squeezed("mỗi lần)"),
				squeezed("Tổng điểm tối đa các tiêu chí: 100 điểm; điểm thưởng cộng không quá 5 điểm."),
				squeezed("Đơn vị đạt từ 50 điểm trở lên là đạt yêu cầu."), squeezed("Điều kiện không xét phân loại"),
				squeezed("- Để xảy ra vụ TNGT đặc biệt nghiêm trọng trên địa bàn;"), squeezed("Xếp loại"),
				squeezed("- Xuất sắc: từ 90 điểm trở lên;"), squeezed("- Tốt: từ 80 điểm trở lên;"),
				squeezed("- Hoàn thành: từ 50 điểm trở lên;"));
		assertThat(text).contains("Điểm tối", "Hướng dẫn chấm, minh");
		assertThat(squeezed(pages.get(pages.size() - 1) + String.join("", pages.subList(Math.max(0, pages.size() - 2),
				pages.size())))).contains(squeezed("Xuất sắc: từ 90 điểm trở lên"));
		// the participants' annex starts a page of its own before the score table's, which starts another
		assertThat(pages.stream().filter(p -> squeezed(p).contains(squeezed("BẢNG CHẤM ĐIỂM THI ĐUA")))
			.findFirst().orElseThrow()).doesNotContain("DANH SÁCH ĐƠN VỊ THAM GIA");
	}
}
