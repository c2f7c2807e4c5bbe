package vn.atgt.thidua.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.atgt.thidua.support.Browser;
import vn.atgt.thidua.support.DemoDataTest;

/**
 * A real browser on the demo's province (issue 18): each commune committee's office signs in and sees only its own
 * movement and units; the province's office opens the roll-up from the navigation and sees both communes.
 */
@DemoDataTest
class RollupBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void eachCommuneSeesItsOwnAndTheProvinceSeesBothOnItsRollUp() {
		try (Browser browser = new Browser(port)) {
			browser.signIn("thuongtrucbanbo", "demo1234");
			String campaigns = browser.open("/campaigns").text();
			assertThat(campaigns).contains("12/KH-BATGT", "xã Bản Bo").doesNotContain("08/KH-BATGT")
				.doesNotContain("45/KH-BATGT").doesNotContain("06/KH-BATGT");
			String units = browser.switchUser("thuongtrucbinhlu", "demo1234").open("/campaigns").text();
			assertThat(units).contains("08/KH-BATGT", "xã Bình Lư").doesNotContain("12/KH-BATGT")
				.doesNotContain("45/KH-BATGT");

			browser.switchUser("thuongtructinh", "demo1234").open("/");
			browser.clickLink("Tổng hợp cấp dưới");
			assertThat(browser.text("rollup-children")).contains("Ban An toàn giao thông xã Bản Bo",
					"Ban An toàn giao thông xã Bình Lư");
			browser.clickLink("Phát động phong trào thi đua bảo đảm trật tự, an toàn giao thông 6 tháng cuối năm 2025 "
					+ "trên địa bàn tỉnh Lai Châu");
			assertThat(browser.text("rollup-launched")).isEqualTo("2/2 cơ quan đã phát động");
			assertThat(browser.text("rollup-table")).contains("Ban An toàn giao thông xã Bản Bo",
					"Ban An toàn giao thông xã Bình Lư", "Tổng cộng");
			browser.screenshot("rollup-province");
		}
	}
}
