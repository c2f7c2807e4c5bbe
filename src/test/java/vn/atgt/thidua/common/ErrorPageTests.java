package vn.atgt.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.support.HttpUserAgent;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/** What a signed-in user sees when something goes wrong, over real HTTP (the container renders error pages). */
@ThiDuaIntegrationTest
class ErrorPageTests {

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	HttpUserAgent browser;

	@BeforeEach
	void signIn() {
		browser = new HttpUserAgent(port);
		CurrentUser officer = users.create("officer", null, Role.UNIT_OFFICER);
		assertThat(browser.signIn(officer.username(), TestUsers.PASSWORD)).endsWith("/");
	}

	@Test
	void unknownPageShows404InVietnamese() {
		HttpResponse<String> page = browser.get("/khong-co-trang-nay");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Không tìm thấy trang").contains("Về trang chủ");
	}

	@Test
	void forbiddenPageShows403InVietnamese() {
		HttpResponse<String> page = browser.get("/admin/users");
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("Không có quyền truy cập");
	}

	@Test
	void unexpectedErrorShows500WithoutStackTrace() {
		HttpResponse<String> page = browser.get("/test-support/fail");
		assertThat(page.statusCode()).isEqualTo(500);
		assertThat(page.body()).contains("Đã xảy ra lỗi")
			.doesNotContain("secret detail")
			.doesNotContain("IllegalStateException")
			.doesNotContain("at vn.atgt");
	}

	@Test
	void aDatabaseThatCannotBeReachedShows503WithoutStackTrace() {
		HttpResponse<String> page = browser.get("/test-support/database-gone");
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.body()).contains("Hệ thống đang tạm thời gián đoạn, vui lòng thử lại sau ít phút")
			.doesNotContain("secret detail")
			.doesNotContain("Exception")
			.doesNotContain("at vn.atgt");
	}
}
