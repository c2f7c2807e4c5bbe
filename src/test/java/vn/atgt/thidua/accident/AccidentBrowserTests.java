package vn.atgt.thidua.accident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.atgt.thidua.accident.AccidentFixture.Ban;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.support.Browser;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * A real browser, after the journey of the monthly figures: the district police enter July 2024 in the grid, the
 * standing office confirms it, and the comparison's chart and goal checks change accordingly.
 */
@ThiDuaIntegrationTest
class AccidentBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	@Autowired
	AccidentFixture fixture;

	@Test
	void thePoliceEnterAMonthTheOfficeConfirmsItAndTheComparisonChanges() {
		Ban ban = fixture.ban(2);
		fixture.confirmed(ban, "2023-07", AccidentFigures.of(4, 1, 3));
		fixture.confirmed(ban, "2023-08", AccidentFigures.of(3, 1, 3));
		fixture.confirmed(ban, "2024-08", AccidentFigures.of(2, 0, 2));
		CurrentUser police = fixture.police(ban);
		CurrentUser office = users.office();
		String comparison = "/campaigns/" + ban.campaignId() + "/accidents";
		String town = "Thị trấn " + ban.districtName().substring("Huyện ".length());

		try (Browser browser = new Browser(port)) {
			browser.signIn(police.username(), TestUsers.PASSWORD).open(comparison);
			assertThat(chartCases(browser)).containsExactly(null, 2L, null, null, null, null);
			assertThat(browser.text("goal-checks").replaceAll("\\s+", " ")).contains(
					"Kéo giảm số vụ tai nạn giao thông so với năm 2023: đạt (2 vụ so với 3 vụ cùng kỳ, giảm 1 vụ (-33,3%))");

			click(browser, browser.driver()
				.findElement(By.cssSelector("[data-testid=enter-links] a[href$='/accidents/2024-07']")));
			assertThat(browser.text("sheet-status")).isEqualTo("Chưa nhập");
			assertThat(browser.text("sheet-rule")).contains("Thông tư 58/2009/TT-BCA(C11)");
			browser.fill("Nguồn số liệu", "Công an huyện, Báo cáo số 125/BC-CAH ngày 16/7/2024")
				.fill(town + " — Số vụ", "3")
				.fill(town + " — Số người chết", "1")
				.fill(town + " — Số người bị thương", "2")
				.fill("Xã Xã số 01 — Số vụ", "2")
				.fill("Xã Xã số 01 — Số người bị thương", "1");
			press(browser, "Lưu nháp");
			assertThat(browser.text("flash")).contains("Đã lưu nháp số liệu tháng 7/2024");
			assertThat(browser.text("sheet-status")).isEqualTo("Đang nhập");
			browser.screenshot("accident-entry");
			scrollTo(browser, "sheet-grid");
			browser.screenshot("accident-entry-grid");
		}

		try (Browser browser = new Browser(port)) {
			browser.signIn(office.username(), TestUsers.PASSWORD).open(comparison + "/2024-07");
			press(browser, "Xác nhận số liệu");
			browser.driver().switchTo().alert().accept();
			assertThat(browser.text("flash")).isEqualTo("Đã xác nhận số liệu tháng 7/2024.");
			assertThat(browser.text("sheet-status")).isEqualTo("Đã xác nhận");

			browser.open(comparison);
			assertThat(chartCases(browser)).containsExactly(5L, 2L, null, null, null, null);
			assertThat(browser.text("goal-checks").replaceAll("\\s+", " ")).contains("Kéo giảm số vụ tai nạn giao thông so với năm 2023: "
					+ "chưa đạt (7 vụ so với 7 vụ cùng kỳ, bằng cùng kỳ)",
					"Kéo giảm số người chết do tai nạn giao thông so với năm 2023: đạt (1 người so với 2 người cùng kỳ, "
							+ "giảm 1 người (-50,0%))");
			assertThat(browser.text("months").replaceAll("\\s+", " ")).contains("Tháng 7/2024 (15/6–14/7/2024) 5 cùng kỳ: 4 tăng 1 vụ (+25,0%)");
			browser.screenshot("accident-comparison");
			scrollTo(browser, "accident-chart");
			browser.screenshot("accident-comparison-chart");
		}
	}

	@Test
	void theOfficeRegistersABlackSpotAndMovesItsTreatmentOn() {
		Ban ban = fixture.ban(2);
		CurrentUser office = users.office();
		String town = "Thị trấn " + ban.districtName().substring("Huyện ".length());
		try (Browser browser = new Browser(port)) {
			browser.signIn(office.username(), TestUsers.PASSWORD).open("/campaigns/" + ban.campaignId());
			browser.clickLink("Điểm đen").clickLink("Thêm điểm");
			browser.select("Loại", "Điểm đen")
				.fill("Tên, vị trí", "Đường cong gấp trên QL4D")
				.fill("Tuyến đường", "QL4D")
				.fill("Lý trình (Km)", "Km 384+200")
				.select("Địa bàn", town)
				.fill("Ngày xác định", "15/03/2024")
				.fill("Tiêu chí xác định", "Trong 12 tháng xảy ra 2 vụ tai nạn giao thông làm chết người")
				.fill("Kinh phí (đồng)", "185.000.000")
				.fill("Thời hạn xử lý", "30/09/2024");
			press(browser, "Lưu");
			assertThat(browser.text("flash")).contains("Đã thêm “Đường cong gấp trên QL4D” vào sổ theo dõi.");
			assertThat(browser.text("spot-details")).contains("185.000.000 đồng", "Thông tư 26/2012/TT-BGTVT");

			browser.fill("Nội dung", "Đã lắp 2 gương cầu lồi và biển cảnh báo");
			press(browser, "Cập nhật");
			waitForText(browser, "flash", "Đã cập nhật tình trạng xử lý");
			assertThat(browser.text("spot-status")).isEqualTo("Đang xử lý");
			assertThat(browser.text("spot-history")).contains("Đã xác định → Đang xử lý",
					"Đã lắp 2 gương cầu lồi và biển cảnh báo");
			browser.screenshot("black-spot");

			click(browser, browser.driver().findElement(By.xpath("//a[normalize-space(.)='Về sổ theo dõi']")));
			browser.waitFor("black-spots");
			assertThat(browser.currentPath()).isEqualTo("/campaigns/" + ban.campaignId() + "/black-spots");
			browser.open("/campaigns/" + ban.campaignId() + "/black-spots?status=BEING_TREATED");
			assertThat(browser.text("black-spots")).contains("Đường cong gấp trên QL4D", "QL4D, Km 384+200", town);
			browser.screenshot("black-spots");
		}
	}

	/** The chart's series of cases of the campaign, as Chart.js drew it. */
	@SuppressWarnings("unchecked")
	private static List<Object> chartCases(Browser browser) {
		browser.waitFor("accident-chart");
		return (List<Object>) ((JavascriptExecutor) browser.driver()).executeScript(
				"return Chart.getChart(document.getElementById('accident-chart')).data.datasets[0].data;");
	}

	/** Clicks a button below the fold (brought into view at once first: Bootstrap scrolls smoothly). */
	private static void press(Browser browser, String text) {
		click(browser, browser.driver().findElement(By.xpath("//button[normalize-space(.)='" + text + "']")));
	}

	/** Waits until the element shows the text: the page the last click asked for has replaced the one before. */
	private static void waitForText(Browser browser, String testId, String text) {
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(d -> browser.text(testId).contains(text));
	}

	private static void scrollTo(Browser browser, String testId) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'start', "
				+ "behavior: 'instant'});", browser.driver().findElement(By.cssSelector("[data-testid='" + testId + "']")));
	}

	private static void click(Browser browser, WebElement element) {
		((JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}
}
