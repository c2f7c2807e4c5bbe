package vn.atgt.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.atgt.thidua.campaign.CampaignFixture.Organisation;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.support.Browser;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/** A real browser: the standing office creates a campaign with two task areas and monthly reporting periods. */
@ThiDuaIntegrationTest
class CampaignBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	@Autowired
	CampaignFixture fixture;

	@Test
	void theOfficeCreatesACampaignWithTwoTaskAreasAndMonthlyPeriods() {
		Organisation ban = fixture.organisation();
		CurrentUser office = users.office();
		String planNumber = CampaignFixture.unique("06/KH-BATGT-");

		try (Browser browser = new Browser(port)) {
			browser.signIn(office.username(), TestUsers.PASSWORD);
			browser.open("/campaigns").clickLink("Tạo phong trào thi đua");
			browser.select("Cơ quan phát động", ban.committeeName())
				.fill("Số kế hoạch", planNumber)
				.fill("Ngày ban hành kế hoạch", "21/06/2024")
				.fill("Căn cứ", CampaignForms.BASIS)
				.fill("Tên phong trào", CampaignForms.TITLE)
				.fill("Chủ đề năm", CampaignForms.THEME)
				.fill("Ngày bắt đầu", "21/06/2024")
				.fill("Ngày kết thúc", "31/12/2024")
				.fill("Năm so sánh", "2023");
			press(browser, "Lưu");
			assertThat(browser.text("campaign-title")).isEqualTo(CampaignForms.TITLE);
			assertThat(browser.text("flash")).contains(planNumber);
			assertThat(browser.text("campaign-status")).isEqualTo("Nháp");

			browser.clickLink("Nhiệm vụ trọng tâm").clickLink("Thêm nhiệm vụ trọng tâm")
				.fill("Tên nhiệm vụ", "Tuyên truyền, phổ biến, giáo dục pháp luật")
				.fill("Nội dung", "Đổi mới công tác tuyên truyền, phổ biến, giáo dục pháp luật về bảo đảm TTATGT.");
			press(browser, "Lưu");
			browser.clickLink("Thêm nhiệm vụ trọng tâm")
				.fill("Tên nhiệm vụ", "Tuần tra, kiểm soát, xử lý vi phạm")
				.fill("Nội dung", "Tăng cường công tác tuần tra, kiểm soát, xử lý vi phạm nồng độ cồn.");
			press(browser, "Lưu");
			assertThat(browser.text("task-areas")).contains("Tuyên truyền, phổ biến, giáo dục pháp luật",
					"Tuần tra, kiểm soát, xử lý vi phạm");

			browser.clickLink("Kỳ báo cáo").clickLink("Tạo các kỳ báo cáo")
				.select("Loại kỳ", "Tháng")
				.fill("Từ ngày", "01/07/2024")
				.fill("Đến ngày", "31/12/2024")
				.fill("Hạn nộp: ngày của tháng sau", "20");
			press(browser, "Tạo các kỳ");
			assertThat(browser.text("flash")).isEqualTo("Đã tạo 6 kỳ báo cáo.");
			assertThat(browser.text("periods")).contains("Tháng 7/2024", "Tháng 12/2024", "20/08/2024",
					"20/01/2025");
			browser.screenshot("campaign-periods");

			browser.clickLink("Thông tin chung");
			assertThat(browser.text("setup-checklist")).contains("2 nhiệm vụ trọng tâm", "6 kỳ báo cáo",
					"4 đơn vị tham gia");
			browser.screenshot("campaign-overview");
		}

		Long id = fixture.campaigns.list(null).stream().filter(c -> c.planNumber().equals(planNumber)).findFirst()
			.orElseThrow().id();
		assertThat(fixture.campaigns.taskAreas(id)).hasSize(2);
		assertThat(fixture.campaigns.periods(id)).hasSize(6);
	}

	/**
	 * Clicks a button below the fold. Bootstrap scrolls smoothly, so a plain click may land where the button was
	 * before the page moved; the button is brought into view at once first.
	 */
	private static void press(Browser browser, String text) {
		WebElement button = browser.driver().findElement(By.xpath("//button[normalize-space(.)='" + text + "']"));
		((JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", button);
		button.click();
	}

	/** The filter replaces the list's results in place (htmx): the page is not reloaded, the address keeps the filter. */
	@Test
	void theListFiltersInPlaceAndKeepsTheFilterInTheAddress() {
		Organisation ban = fixture.organisation();
		String draft = fixture.campaigns.get(fixture.aCampaign(ban).planNumber(CampaignFixture.unique("HX-D-")).create())
			.planNumber();
		String active = fixture.campaigns
			.get(fixture.aCampaign(ban).planNumber(CampaignFixture.unique("HX-A-")).withTaskAreas(1).active().create())
			.planNumber();

		try (Browser browser = new Browser(port)) {
			browser.signIn(users.office().username(), TestUsers.PASSWORD);
			browser.open("/campaigns");
			JavascriptExecutor script = (JavascriptExecutor) browser.driver();
			script.executeScript("window.stillTheSamePage = true;");
			browser.select("Trạng thái", "Nháp");
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until(driver -> driver.getCurrentUrl().contains("status=DRAFT")
						&& !browser.text("campaign-table").contains(active));
			assertThat(browser.text("campaign-table")).contains(draft);
			assertThat(script.executeScript("return window.stillTheSamePage === true;")).isEqualTo(true);
		}
	}
}
