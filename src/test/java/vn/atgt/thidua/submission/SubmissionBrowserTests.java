package vn.atgt.thidua.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.atgt.thidua.submission.SubmissionFixture.Province;
import vn.atgt.thidua.support.Browser;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * Issue 18, item 4 in a real browser: the commune's office opens its finalised year-end report and follows "Gửi lên
 * Ban ATGT cấp trên", sends it; the province's office finds it in its queue, confirms receipt and returns it with a
 * reason; the commune reads the reason and sends again; the province accepts the second round.
 */
@ThiDuaIntegrationTest
class SubmissionBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	SubmissionFixture fixture;

	@Test
	void theCommuneSendsTheProvinceReturnsTheCommuneSendsAgainTheProvinceAccepts() {
		Province p = fixture.province();
		try (Browser browser = new Browser(port)) {
			browser.signIn(p.childOffice().username(), TestUsers.PASSWORD);
			browser.open("/campaigns/" + p.campaignId() + "/summary-reports/" + p.reportId());
			browser.clickLink("Gửi lên Ban ATGT cấp trên");
			browser.waitForPath("/campaigns/" + p.campaignId() + "/send-upward");
			browser.press("Gửi lên Ban ATGT cấp trên");
			browser.waitFor("flash");
			assertThat(browser.text("flash")).isEqualTo("Đã gửi lên Ban ATGT cấp trên.");
			browser.waitForText("submission-status", "Đã gửi");
			String first = browser.currentPath();
			browser.screenshot("submission-sent");

			browser.switchUser(p.parentOffice().username(), TestUsers.PASSWORD);
			browser.open("/");
			browser.clickLink("Hồ sơ cấp dưới gửi lên");
			WebElement row = browser.driver().findElement(By.cssSelector("[data-testid=submissions] tbody tr"));
			assertThat(row.getText()).contains("Báo cáo tổng kết").contains("Đã gửi");
			browser.screenshot("submission-queue");
			row.findElement(By.tagName("a")).click();
			browser.waitForPath(first);
			browser.press("Xác nhận đã nhận");
			browser.waitForText("submission-status", "Cấp trên đã nhận");
			browser.fill("Lý do trả lại", "Bổ sung số liệu tai nạn tháng 12.");
			browser.press("Trả lại");
			browser.waitForText("submission-status", "Bị trả lại");

			browser.switchUser(p.childOffice().username(), TestUsers.PASSWORD);
			browser.open(first);
			assertThat(browser.text("return-reason")).contains("Bổ sung số liệu tai nạn tháng 12.");
			browser.clickLink("Chỉnh sửa và gửi lại");
			browser.waitForPath("/campaigns/" + p.campaignId() + "/send-upward");
			assertThat(browser.text("sent-reason")).isEqualTo("Lý do trả lại: Bổ sung số liệu tai nạn tháng 12.");
			browser.press("Gửi lên Ban ATGT cấp trên");
			browser.waitFor("flash");
			assertThat(browser.text()).contains("Lần gửi thứ 2");
			String second = browser.currentPath();
			assertThat(second).isNotEqualTo(first);

			browser.switchUser(p.parentOffice().username(), TestUsers.PASSWORD);
			browser.open(second).press("Tiếp nhận");
			browser.waitFor("flash");
			assertThat(browser.text("flash")).isEqualTo("Đã tiếp nhận hồ sơ.");
			browser.waitForText("submission-status", "Đã tiếp nhận");
			browser.screenshot("submission-accepted");
		}
	}
}
