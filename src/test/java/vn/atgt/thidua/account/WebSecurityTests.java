package vn.atgt.thidua.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

@ThiDuaIntegrationTest
class WebSecurityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Test
	void aPostWithoutCsrfTokenIsRejected() throws Exception {
		CurrentUser user = users.office();
		mvc.perform(post("/account/password").with(as(user))
			.param("currentPassword", TestUsers.PASSWORD)
			.param("newPassword", "mot-mat-khau-moi")
			.param("confirmation", "mot-mat-khau-moi"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aUnitUserGets403OnAdministration() throws Exception {
		CurrentUser officer = users.create("officer", null, Role.UNIT_OFFICER, Role.UNIT_HEAD);
		mvc.perform(get("/admin/users").with(as(officer))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/anything").with(as(officer))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/users").with(as(officer)).with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	@Test
	void pagesHaveNoInlineScript() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(content().string(not(containsString("<script>"))))
			.andExpect(content().string(not(containsString(" style=\""))));
	}

	@Test
	void unknownPageShowsTheVietnamese404Page() throws Exception {
		CurrentUser user = users.office();
		mvc.perform(get("/khong-co-trang-nay").with(as(user)))
			.andExpect(status().isNotFound());
	}

	@Test
	void forbiddenPageIsShownInVietnamese() throws Exception {
		CurrentUser officer = users.create("officer", null, Role.UNIT_OFFICER);
		mvc.perform(get("/admin/users").with(as(officer)).accept("text/html"))
			.andExpect(status().isForbidden());
	}

	@Test
	void healthIsPublicWithoutDetails() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
	}

	@Test
	void staticFilesAreServedUnderAssets() throws Exception {
		mvc.perform(get("/assets/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
		mvc.perform(get("/assets/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
		mvc.perform(get("/assets/css/app.css")).andExpect(status().isOk());
	}
}
