package vn.atgt.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atgt.thidua.report.ReportFixture.ACCIDENTS;
import static vn.atgt.thidua.report.ReportFixture.ALCOHOL;
import static vn.atgt.thidua.report.ReportFixture.CHECKS;
import static vn.atgt.thidua.report.ReportFixture.MILESTONE;
import static vn.atgt.thidua.report.ReportFixture.PLEDGES;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.report.ReportFixture.Movement;
import vn.atgt.thidua.report.ReportFixture.Team;
import vn.atgt.thidua.support.Browser;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * Journeys 3 and 4 of JOURNEYS.md in a real browser: the officer fills the July report, attaches a photo to an entry
 * and saves a draft; the head sends it on time; the clerk returns it from the review with a comment on one entry; the
 * officer sees the comment beside the entry, attaches the missing photo, and the head sends it again three days late;
 * the clerk accepts it from the queue and the report is locked.
 */
@ThiDuaIntegrationTest
class ReportBrowserTests {

	static final String COMMENT = "Thiếu ảnh minh chứng buổi tuyên truyền ngày 12/7";

	@LocalServerPort
	int port;

	@Autowired
	ReportFixture fixture;

	@Autowired
	MutableClock clock;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void aUnitReportsWithEvidenceTheOfficeReturnsItWithACommentThenAcceptsItAndItIsLocked() throws IOException {
		Movement m = fixture.movement();
		Team police = fixture.team(m, m.police());
		CurrentUser clerk = m.office();
		Path checkpoint = photo("chot-kiem-tra-km12.png");
		Path session = photo("buoi-tuyen-truyen-12-7.png");
		clock.setInstant(ReportFixture.at(15, 8, 8, 30));

		try (Browser browser = new Browser(port)) {
			// 15/8: the officer fills the July report, attaches a photo, saves a draft
			browser.signIn(police.officer().username(), TestUsers.PASSWORD);
			browser.open("/campaigns/" + m.campaignId()).clickLink("Báo cáo kết quả");
			assertThat(browser.text("unit-name")).isEqualTo(m.police().name());
			browser.screenshot("report-unit-list");
			row(browser, m.month(7).id()).findElement(By.xpath(".//button[normalize-space(.)='Lập báo cáo']")).click();
			assertThat(browser.text("report-title")).contains(m.month(7).name(), m.police().name());
			browser.fill("Kết quả kỳ này (lượt) — " + CHECKS, "420")
				.fill("Kết quả kỳ này (trường hợp) — " + ALCOHOL, "37")
				.fill("Kết quả kỳ này (vụ) — " + ACCIDENTS, "1")
				.fill("Kết quả kỳ này (%) — " + PLEDGES, "95,5")
				.fill("Ghi chú — " + CHECKS, "Trong đó 96 lượt xe ô tô kinh doanh vận tải");
			new Select(browser.field("Tiến độ — " + MILESTONE)).selectByVisibleText("Chưa hoàn thành");
			browser.driver().findElement(By.id("activities-" + m.area(5)))
				.sendKeys("Tổ chức 12 ca tuần tra, kiểm soát trên Quốc lộ 4D.");
			browser.field("Minh chứng — " + CHECKS).sendKeys(checkpoint.toAbsolutePath().toString());
			browser.screenshot("report-form-filled");
			press(browser, "Lưu nháp");
			assertThat(browser.text("flash")).isEqualTo("Đã lưu báo cáo.");
			assertThat(browser.text("progress-" + police.target(CHECKS))).contains("Lũy kế: 420 / 4.000 lượt",
					"Tỷ lệ hoàn thành 10,5 %");
			assertThat(browser.all("[data-testid='entry-" + police.target(CHECKS) + "'] img.thumb")).hasSize(1);
			assertThat(browser.text("head-only")).isEqualTo("Chỉ lãnh đạo đơn vị gửi báo cáo kết quả.");
			browser.screenshot("report-draft");

			// 19/8: the head sends it, on time
			clock.setInstant(ReportFixture.at(19, 8, 9, 0));
			switchUser(browser, police.head());
			browser.open("/campaigns/" + m.campaignId() + "/reports");
			row(browser, m.month(7).id()).findElement(By.linkText("Mở")).click();
			confirm(browser, "Gửi báo cáo");
			assertThat(browser.text("flash")).isEqualTo("Đã gửi báo cáo kết quả đến cơ quan thường trực.");
			assertThat(browser.text("report-status")).isEqualTo("Đã gửi");
			assertThat(browser.text("timeliness")).isEqualTo("Đúng hạn");

			// 21/8: the clerk opens the queue, reads the report and returns it with a comment on one entry
			clock.setInstant(ReportFixture.at(21, 8, 8, 0));
			switchUser(browser, clerk);
			browser.open("/campaigns/" + m.campaignId()).clickLink("Thẩm định");
			WebElement queued = browser.driver().findElement(By.cssSelector("[data-testid^='queue-'][data-testid$='"
					+ reportId(m, police) + "']"));
			assertThat(queued.getText()).contains(m.police().name(), m.month(7).name(), "Đúng hạn", "1 tệp minh chứng");
			browser.screenshot("report-review-queue");
			queued.findElement(By.linkText("Xem")).click();
			assertThat(browser.all("[data-testid='entry-" + police.target(CHECKS) + "'] img.thumb")).hasSize(1);
			browser.clickLink("Trả lại");
			browser.fill("Lý do trả lại", "Thiếu minh chứng")
				.fill("Ý kiến về chỉ tiêu “" + CHECKS + "”", COMMENT);
			browser.screenshot("report-return-form");
			press(browser, "Trả lại báo cáo");
			assertThat(browser.text("report-status")).isEqualTo("Trả lại");

			// the officer sees the comment beside the entry and attaches the missing photo
			switchUser(browser, police.officer());
			browser.open("/reports/" + reportId(m, police));
			assertThat(browser.text("office-note")).isEqualTo("Lý do trả lại: Thiếu minh chứng");
			assertThat(browser.driver().findElement(By.cssSelector("[data-testid='entry-" + police.target(CHECKS)
					+ "'] [data-testid='review-comment']")).getText()).contains(COMMENT);
			browser.screenshot("report-returned");
			browser.field("Minh chứng — " + CHECKS).sendKeys(session.toAbsolutePath().toString());
			press(browser, "Lưu nháp");
			// the page before the save (one photo) may still be there for a moment: wait for the saved one
			new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> d.findElements(
					By.cssSelector("[data-testid='entry-" + police.target(CHECKS) + "'] img.thumb")).size() == 2);
			assertThat(browser.all("[data-testid='entry-" + police.target(CHECKS) + "'] img.thumb")).hasSize(2);

			// 23/8: the head sends it again, three days late
			clock.setInstant(ReportFixture.at(23, 8, 10, 0));
			switchUser(browser, police.head());
			browser.open("/reports/" + reportId(m, police));
			confirm(browser, "Gửi báo cáo");
			assertThat(browser.text("timeliness")).isEqualTo("Trễ hạn 3 ngày");

			// the clerk accepts it from the queue; the report is locked
			switchUser(browser, clerk);
			browser.open("/campaigns/" + m.campaignId() + "/review");
			WebElement again = browser.driver().findElement(By.cssSelector("[data-testid='queue-" + reportId(m, police) + "']"));
			assertThat(again.getText()).contains("Trễ hạn 3 ngày", "Gửi lại sau khi bị trả lại");
			WebElement accept = again.findElement(By.xpath(".//button[normalize-space(.)='Tiếp nhận']"));
			browser.scrollTo(accept).click();
			new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
			browser.waitFor("flash");
			assertThat(browser.text("flash")).isEqualTo("Đã tiếp nhận báo cáo " + m.month(7).name() + " của "
					+ m.police().name() + ".");
			assertThat(browser.text("queue-empty")).isEqualTo("Không có báo cáo nào chờ thẩm định.");
			browser.clickLink("Báo cáo kết quả");
			assertThat(browser.text("row-" + m.police().id() + "-" + m.month(7).id())).contains("Đã tiếp nhận",
					"Trễ hạn 3 ngày");
			browser.screenshot("report-office-list");

			switchUser(browser, police.officer());
			browser.open("/reports/" + reportId(m, police));
			assertThat(browser.text("report-status")).isEqualTo("Đã tiếp nhận");
			assertThat(browser.text("locked-note")).startsWith("Báo cáo đã được cơ quan thường trực tiếp nhận");
			assertThat(browser.all("input[name^='values']")).isEmpty();
			assertThat(browser.all("[data-testid='save-box']")).isEmpty();
			assertThat(browser.text("report-history")).contains("Trả lại", "Thiếu minh chứng", "Trễ hạn 3 ngày",
					"Tiếp nhận");
			browser.screenshot("report-accepted");
		}
	}

	private Long reportId(Movement m, Team team) {
		return fixture.queries.reportsOfUnit(team.officer(), m.campaignId(), team.unit().id()).stream()
			.filter(r -> r.period().id().equals(m.month(7).id()))
			.findFirst()
			.orElseThrow()
			.reportId();
	}

	private static WebElement row(Browser browser, Long periodId) {
		return browser.driver().findElement(By.cssSelector("[data-testid='period-" + periodId + "']"));
	}

	private static Path photo(String name) throws IOException {
		Path file = Files.createTempDirectory("minh-chung").resolve(name);
		Files.write(file, ReportFixture.png(800, 600));
		return file;
	}

	private static void switchUser(Browser browser, CurrentUser user) {
		browser.switchUser(user.username(), TestUsers.PASSWORD);
	}

	private static void confirm(Browser browser, String text) {
		browser.confirm(text);
	}

	private static void press(Browser browser, String text) {
		browser.press(text);
	}
}
