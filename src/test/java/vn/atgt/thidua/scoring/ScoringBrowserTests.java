package vn.atgt.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.atgt.thidua.common.xlsx.Sheets;
import vn.atgt.thidua.scoring.ScoringFixture.Movement;
import vn.atgt.thidua.support.Browser;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The score table's journey in a real browser (issue 15): the office imports the table's criteria from an Excel sheet
 * (dry run, then import); the police's officer self-scores with an explanation and evidence, its head submits; the
 * office lowers one criterion with a reason and returns the score; the head corrects that criterion and resubmits;
 * the office accepts; a leader confirms the final score with the council's minutes; the ranking shows the unit with
 * its grade, as the official result.
 */
@ThiDuaIntegrationTest
class ScoringBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ScoringFixture fixture;

	@Test
	void theOfficeImportsTheTableAUnitScoresIsReturnedResubmitsAndTheRankingShowsItsFinalGrade() throws Exception {
		Movement m = fixture.movement();
		Long campaign = m.campaignId();
		// the table's figures and grades are typed on screen (other tests cover that); its criteria come from Excel
		fixture.tables.create(m.office(), campaign, new TableSettings("Bảng chấm điểm thi đua năm 2024",
				ScoringFixture.d("100"), ScoringFixture.d("50"), ScoringFixture.d("5"), null));
		fixture.tables.addGrade(m.office(), campaign, fixture.version(m), "Xuất sắc", ScoringFixture.d("90"));
		fixture.tables.addGrade(m.office(), campaign, fixture.version(m), "Tốt", ScoringFixture.d("80"));
		fixture.tables.addGrade(m.office(), campaign, fixture.version(m), "Hoàn thành", ScoringFixture.d("50"));
		Path sheet = Files.createTempFile("bang-cham-diem", ".xlsx");
		Files.write(sheet, Sheets.write("Bang cham diem", ScoreSheets.HEADERS, List.of(
				row("1.", "Công tác chỉ đạo, điều hành", "40", "Tiêu chí", "Kế hoạch, báo cáo đúng hạn"),
				row("2.", "Tuyên truyền, phổ biến pháp luật", "60", "", "Biên bản các buổi tuyên truyền"))));

		try (Browser browser = new Browser(port)) {
			browser.signIn(m.office().username(), TestUsers.PASSWORD);
			browser.open(m.tablePage() + "/import");
			browser.field("Tệp Excel (.xlsx)").sendKeys(sheet.toAbsolutePath().toString());
			browser.press("Kiểm tra");
			browser.waitFor("import-check");
			assertThat(browser.text("import-check")).contains("2 dòng hợp lệ, sẵn sàng nhập.");
			browser.press("Nhập 2 dòng");
			browser.waitFor("flash");
			assertThat(browser.text("flash")).isEqualTo("Đã nhập 2 tiêu chí.");
			assertThat(browser.text("table-ready")).contains("Bảng điểm hợp lệ");
			Long first = fixture.criterion(m, "1.");
			Long second = fixture.criterion(m, "2.");

			// the officer self-scores with explanation and evidence; only the head submits
			browser.switchUser(m.police().officer().username(), TestUsers.PASSWORD);
			browser.open(m.tablePage()).press("Bắt đầu tự chấm điểm");
			browser.waitFor("score-form");
			String score = browser.currentPath();
			browser.fill("Điểm tự chấm 1.", "38").fill("Điểm tự chấm 2.", "55");
			type(browser, "comment-" + first, "Ban hành kế hoạch số 15/KH-CAH; 1 báo cáo trễ hạn");
			type(browser, "evidence-" + first, "Kế hoạch 15/KH-CAH ngày 01/7/2024");
			type(browser, "evidence-" + second, "Báo cáo tháng 9/2024");
			browser.press("Lưu nháp");
			browser.waitFor("flash");
			assertThat(browser.text("flash")).isEqualTo("Đã lưu kết quả tự chấm.");
			assertThat(browser.all("[data-testid='submit-score']")).isEmpty();
			browser.switchUser(m.police().head().username(), TestUsers.PASSWORD);
			browser.open(score).press("Gửi kết quả tự chấm");
			browser.waitFor("flash");
			assertThat(browser.text("score-status")).isEqualTo("Đã gửi");

			// the office lowers criterion 2 with a reason and returns the score
			browser.switchUser(m.office().username(), TestUsers.PASSWORD);
			browser.open(score);
			assertThat(browser.text("line-1.")).contains("38", "Kế hoạch 15/KH-CAH ngày 01/7/2024");
			browser.fill("Điểm thẩm định 2.", "45");
			type(browser, "comment-" + second, "Chỉ có minh chứng 3 trong 6 buổi tuyên truyền");
			browser.press("Lưu điểm thẩm định");
			browser.waitFor("flash");
			assertThat(browser.text("flash")).isEqualTo("Đã lưu điểm thẩm định.");
			browser.fill("Lý do trả lại", "Bổ sung minh chứng tiêu chí 2");
			browser.press("Trả lại đơn vị");
			browser.waitFor("flash");
			assertThat(browser.text("score-status")).isEqualTo("Trả lại");

			// the head reads why, adds the evidence of criterion 2 and resubmits
			browser.switchUser(m.police().head().username(), TestUsers.PASSWORD);
			browser.open(score);
			assertThat(browser.text("office-note")).contains("Bổ sung minh chứng tiêu chí 2");
			assertThat(browser.text("line-2.")).contains("Chỉ có minh chứng 3 trong 6 buổi tuyên truyền");
			browser.fill("Điểm tự chấm 2.", "50");
			type(browser, "evidence-" + second, "Biên bản 6 buổi tuyên truyền tháng 7-12/2024");
			browser.press("Gửi kết quả tự chấm");
			browser.waitFor("flash");
			assertThat(browser.text("score-status")).isEqualTo("Đã gửi");

			// the office accepts; a leader confirms the final score with the council's minutes
			browser.switchUser(m.office().username(), TestUsers.PASSWORD);
			browser.open(score).press("Thẩm định xong (tiếp nhận)");
			browser.waitFor("flash");
			assertThat(browser.text("score-status")).isEqualTo("Đã thẩm định");
			browser.switchUser(m.leader().username(), TestUsers.PASSWORD);
			browser.open(score);
			browser.fill("Ngày họp Hội đồng", "20/12/2024").fill("Số, ký hiệu biên bản họp", "BB 05/BB-HĐTĐKT");
			browser.press("Xác nhận kết quả chính thức");
			browser.waitFor("flash");
			assertThat(browser.text("flash")).isEqualTo("Đã xác nhận kết quả chính thức.");
			assertThat(browser.text("final-basis")).isEqualTo("BB 05/BB-HĐTĐKT, họp ngày 20/12/2024");

			// the ranking: 38 + 50 = 88, "Tốt", as the official result
			browser.open(m.ranking());
			String ranked = browser.text("rank-1");
			assertThat(ranked).contains(m.police().unit().name(), "88", "Tốt", "Kết quả chính thức");
			assertThat(browser.text("pending")).contains(m.commune().unit().name());
			browser.screenshot("scoring-ranking");
		}
		finally {
			Files.deleteIfExists(sheet);
		}
		assertThat(fixture.queries.scorePage(m.office(), fixture.queries.tablePage(m.police().head(), campaign)
			.ownScoreId()).score().history()).extracting(ScoreStep::action).containsExactly(ScoreAction.STARTED,
					ScoreAction.SUBMITTED, ScoreAction.REVIEWED, ScoreAction.RETURNED, ScoreAction.SUBMITTED,
					ScoreAction.ACCEPTED, ScoreAction.FINALISED);
	}

	private static List<String> row(String number, String text, String max, String kind, String evidence) {
		return Arrays.asList(number, text, max, kind, null, null, evidence);
	}

	/** Types into a field found by its id (the explanation and evidence labels repeat on every line). */
	private static void type(Browser browser, String id, String value) {
		WebElement field = browser.scrollTo(browser.driver().findElement(By.id(id)));
		field.clear();
		field.sendKeys(value);
	}
}
