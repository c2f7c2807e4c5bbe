package vn.atgt.thidua.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.support.Browser;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;
import vn.atgt.thidua.registration.TargetFixture.Movement;

/**
 * Journey 2 of JOURNEYS.md in a real browser: the commune officer drafts with the office's suggested indicators and a
 * milestone, the chairman submits, the office returns with a reason and a comment, the officer sees the comment beside
 * the target and fixes it, the chairman resubmits, the office approves, and the registration is locked.
 */
@ThiDuaIntegrationTest
class TargetBrowserTests {

	static final String REASON = "Chỉ tiêu tuyên truyền thấp hơn năm 2023 (15 buổi), đề nghị điều chỉnh";

	@LocalServerPort
	int port;

	@Autowired
	TargetFixture fixture;

	@Autowired
	MutableClock clock;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void aCommuneRegistersItsTargetsAndTheOfficeReturnsThenApprovesThem() {
		Movement m = fixture.movement();
		fixture.suggest(m, 4, "Số buổi tuyên truyền", "buổi", TargetDirection.AT_LEAST);
		fixture.suggest(m, 4, "Số lượt người được tuyên truyền", "lượt người", TargetDirection.AT_LEAST);
		fixture.suggest(m, 2, "Số điểm lấn chiếm lòng, lề đường được giải tỏa", "điểm", TargetDirection.AT_LEAST);
		fixture.setup.setDeadline(m.office(), m.campaignId(), java.time.LocalDate.of(2024, 7, 15), 0);
		CurrentUser officer = fixture.officer(m.banBo());
		CurrentUser chairman = fixture.head(m.banBo());
		CurrentUser clerk = m.office();
		clock.setInstant(LocalDateTime.of(2024, 7, 5, 8, 15).atZone(Formats.ZONE).toInstant());

		try (Browser browser = new Browser(port)) {
			// 5/7: the officer drafts
			browser.signIn(officer.username(), TestUsers.PASSWORD);
			browser.open("/campaigns/" + m.campaignId()).clickLink("Đăng ký thi đua");
			assertThat(browser.text("unit-name")).isEqualTo(m.banBo().name());
			assertThat(browser.text("registration-status")).isEqualTo("Chưa thực hiện");
			link(browser, "Số buổi tuyên truyền");
			assertThat(browser.text("suggested-indicator")).contains("buổi", "Không thấp hơn (≥)");
			browser.fill("Chỉ tiêu đăng ký", "12").fill("Kết quả năm trước", "15");
			browser.screenshot("target-form-suggested");
			press(browser, "Lưu");
			assertThat(browser.text("flash")).isEqualTo("Đã thêm chỉ tiêu “Số buổi tuyên truyền”.");
			link(browser, "Số lượt người được tuyên truyền");
			browser.fill("Chỉ tiêu đăng ký", "1.500");
			press(browser, "Lưu");
			link(browser, "Số điểm lấn chiếm lòng, lề đường được giải tỏa");
			browser.fill("Chỉ tiêu đăng ký", "5");
			press(browser, "Lưu");
			clickTestId(browser, "add-milestone-4");
			browser.fill("Nội dung công việc",
					"Ra mắt mô hình “Cổng trường an toàn giao thông” tại Trường PTDTBT THCS Bản Bo")
				.fill("Hạn hoàn thành", "30/09/2024");
			browser.screenshot("target-form-milestone");
			press(browser, "Lưu");
			assertThat(browser.text("task-area-4")).contains("≥ 12 buổi", "≥ 1.500 lượt người",
					"Ra mắt mô hình “Cổng trường an toàn giao thông”", "Hạn 30/09/2024");
			assertThat(browser.text("task-area-2")).contains("≥ 5 điểm");
			assertThat(browser.text("submit-box")).contains("Chỉ lãnh đạo đơn vị gửi đăng ký thi đua.");
			assertThat(browser.all("[data-testid=submit-box] button")).isEmpty();
			browser.screenshot("target-unit-draft");

			// the chairman submits the same afternoon
			clock.advance(Duration.ofHours(8));
			switchUser(browser, chairman);
			browser.open("/campaigns/" + m.campaignId() + "/targets");
			confirm(browser, "Gửi đăng ký");
			assertThat(browser.text("flash")).isEqualTo("Đã gửi đăng ký thi đua đến cơ quan thường trực.");
			assertThat(browser.text("registration-status")).isEqualTo("Đã gửi");

			// 8/7: the clerk returns it with a reason and a comment beside the propaganda target
			clock.advance(Duration.ofDays(3));
			switchUser(browser, clerk);
			browser.open("/campaigns/" + m.campaignId() + "/targets");
			assertThat(browser.text("unit-" + m.banBo().id())).contains("Đã gửi", "Đúng hạn");
			browser.screenshot("target-office-overview");
			browser.open("/campaigns/" + m.campaignId() + "/targets/suggestions");
			assertThat(browser.text("suggestions-4")).contains("Số buổi tuyên truyền", "buổi", "12");
			browser.screenshot("target-suggestions");
			browser.open("/campaigns/" + m.campaignId() + "/targets");
			clickCss(browser, "[data-testid='unit-" + m.banBo().id() + "'] a");
			link(browser, "Trả lại");
			browser.fill("Lý do trả lại", REASON)
				.fill("Ý kiến về chỉ tiêu “Số buổi tuyên truyền”", "Năm 2023 xã đã tổ chức 15 buổi.");
			browser.screenshot("target-return-form");
			press(browser, "Trả lại");
			assertThat(browser.text("registration-status")).isEqualTo("Trả lại");

			// the officer sees the reason beside the target and raises it to 15
			switchUser(browser, officer);
			browser.open("/campaigns/" + m.campaignId() + "/targets");
			assertThat(browser.text("office-note")).contains(REASON);
			Long sessions = fixture.targets.registration(officer, m.campaignId(), m.banBo().id()).targets().stream()
				.filter(t -> t.indicatorName().equals("Số buổi tuyên truyền")).findFirst().orElseThrow().id();
			assertThat(browser.text("target-" + sessions)).contains("Năm 2023 xã đã tổ chức 15 buổi.");
			browser.screenshot("target-unit-returned");
			clickCss(browser, "[data-testid='target-" + sessions + "'] a");
			browser.fill("Chỉ tiêu đăng ký", "15");
			press(browser, "Lưu");
			assertThat(browser.text("target-" + sessions)).contains("≥ 15 buổi");

			// 10/7: the chairman resubmits, the clerk approves
			clock.advance(Duration.ofDays(2));
			switchUser(browser, chairman);
			browser.open("/campaigns/" + m.campaignId() + "/targets");
			confirm(browser, "Gửi đăng ký");
			switchUser(browser, clerk);
			browser.open("/campaigns/" + m.campaignId() + "/targets/units/" + m.banBo().id());
			confirm(browser, "Duyệt");
			assertThat(browser.text("registration-status")).isEqualTo("Đã duyệt");
			assertThat(browser.text("registration-dates")).contains("15/07/2024", "05/07/2024 16:15", "10/07/2024 16:15");

			// locked: the officer can change nothing any more
			switchUser(browser, officer);
			browser.open("/campaigns/" + m.campaignId() + "/targets");
			assertThat(browser.text("locked-note")).startsWith("Đăng ký thi đua đã được duyệt");
			assertThat(browser.all("[data-testid^=add-target]")).isEmpty();
			assertThat(browser.all("[data-testid^=target-] a")).isEmpty();
			assertThat(browser.text("registration-history")).contains("Đã gửi → Trả lại", REASON,
					"Đã gửi → Đã duyệt");
			browser.screenshot("target-unit-approved");
		}
		assertThat(fixture.targets.approvedTargets(m.campaignId(), m.banBo().id())).hasSize(4);
	}

	private static void switchUser(Browser browser, CurrentUser user) {
		browser.switchUser(user.username(), TestUsers.PASSWORD);
	}

	private static void confirm(Browser browser, String text) {
		browser.confirm(text);
	}

	private static void link(Browser browser, String text) {
		WebElement link = browser.driver().findElement(By.xpath("//a[normalize-space(.)='" + text + "']"));
		scroll(browser, link);
		link.click();
	}

	private static void clickTestId(Browser browser, String testId) {
		clickCss(browser, "[data-testid='" + testId + "']");
	}

	private static void clickCss(Browser browser, String css) {
		WebElement element = browser.driver().findElement(By.cssSelector(css));
		scroll(browser, element);
		element.click();
	}

	private static void press(Browser browser, String text) {
		browser.press(text);
	}

	private static void scroll(Browser browser, WebElement element) {
		browser.scrollTo(element);
	}
}
