package vn.atgt.thidua.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.support.Browser;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/** A real browser signs in and sees the home page. */
@ThiDuaIntegrationTest
class SignInBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	@Test
	void userSignsInAndIsGreetedOnTheHomePage() {
		CurrentUser office = users.office();
		try (Browser browser = new Browser(port)) {
			browser.signIn(office.username(), TestUsers.PASSWORD);
			browser.waitForPath("/");
			assertThat(browser.text("greeting")).isEqualTo("Xin chào, " + office.fullName() + "!");
			assertThat(browser.text()).contains("Cơ quan thường trực");
			browser.screenshot("home-office");
		}
	}

	@Test
	void wrongPasswordShowsThePlainMessage() {
		CurrentUser office = users.office();
		try (Browser browser = new Browser(port)) {
			browser.signIn(office.username(), "khong-dung-mat-khau");
			assertThat(browser.text("login-error")).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
		}
	}
}
