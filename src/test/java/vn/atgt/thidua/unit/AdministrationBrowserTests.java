package vn.atgt.thidua.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.support.Browser;
import vn.atgt.thidua.support.TestUnits;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/** An administrator creates a unit and a user in a real browser; the user signs in and sees her unit. */
@ThiDuaIntegrationTest
class AdministrationBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	@Test
	void adminCreatesAUnitAndAUserWhoThenSeesHerUnitInTheHeader() {
		CurrentUser admin = users.admin();
		String code = TestUnits.uniqueCode("NAMTAM");
		String unitName = "UBND xã Nà Tăm " + code;
		String username = TestUsers.uniqueName("natam");
		try (Browser browser = new Browser(port)) {
			browser.signIn(admin.username(), TestUsers.PASSWORD);
			browser.open("/admin/units/new")
				.fill("Mã đơn vị", code)
				.fill("Tên đơn vị", unitName)
				.select("Loại đơn vị", "UBND cấp xã")
				.fill("E-mail", "khong-hop-le")
				.click("Lưu");
			assertThat(browser.text("form-errors")).contains("Địa chỉ e-mail không hợp lệ.");
			browser.fill("E-mail", "natam@example.vn").click("Lưu");
			assertThat(browser.text("flash")).contains(unitName);

			browser.open("/admin/users/new")
				.fill("Tên đăng nhập", username)
				.fill("Họ và tên", "Lò Thị Nà")
				.select("Đơn vị", unitName)
				.fill("Mật khẩu ban đầu", "mat-khau-tam-2024")
				.click("Lưu");
			assertThat(browser.text("flash")).contains(username);
			browser.driver().manage().deleteAllCookies();

			browser.signIn(username, "mat-khau-tam-2024");
			browser.waitForPath("/account/password");
			browser.fill("Mật khẩu hiện tại", "mat-khau-tam-2024")
				.fill("Mật khẩu mới", "mat-khau-cua-na-2024")
				.fill("Nhập lại mật khẩu mới", "mat-khau-cua-na-2024")
				.click("Đổi mật khẩu");
			browser.waitForPath("/");
			assertThat(browser.text("current-unit")).contains(unitName);
			browser.screenshot("home-new-user");
		}
	}
}
