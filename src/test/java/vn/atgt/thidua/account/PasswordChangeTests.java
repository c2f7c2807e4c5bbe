package vn.atgt.thidua.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.atgt.thidua.support.TestUsers.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

@ThiDuaIntegrationTest
class PasswordChangeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	private MockHttpServletRequestBuilder change(CurrentUser user, String current, String next, String again) {
		return post("/account/password").with(as(user)).with(csrf())
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("confirmation", again);
	}

	@Test
	void userChangesHerPasswordAndSignsInWithTheNewOne() throws Exception {
		CurrentUser user = users.office();
		mvc.perform(change(user, TestUsers.PASSWORD, "mat-khau-moi-2024", "mat-khau-moi-2024"))
			.andExpect(redirectedUrl("/"));
		mvc.perform(formLogin("/login").user(user.username()).password("mat-khau-moi-2024"))
			.andExpect(authenticated());
	}

	@Test
	void tooShortPasswordIsAFieldError() throws Exception {
		CurrentUser user = users.office();
		mvc.perform(change(user, TestUsers.PASSWORD, "ngan", "ngan"))
			.andExpect(status().isOk())
			.andExpect(view().name("account/password"))
			.andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "password.tooShort"));
	}

	@Test
	void passwordEqualToTheUserNameIsRefused() throws Exception {
		CurrentUser user = users.office();
		mvc.perform(change(user, TestUsers.PASSWORD, user.username(), user.username()))
			.andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "password.sameAsUsername"));
	}

	@Test
	void wrongCurrentPasswordIsRefused() throws Exception {
		CurrentUser user = users.office();
		mvc.perform(change(user, "khong-dung", "mat-khau-moi-2024", "mat-khau-moi-2024"))
			.andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "password.currentWrong"));
	}

	@Test
	void mismatchedConfirmationIsRefused() throws Exception {
		CurrentUser user = users.office();
		mvc.perform(change(user, TestUsers.PASSWORD, "mat-khau-moi-2024", "mat-khau-khac-2024"))
			.andExpect(model().attributeHasFieldErrorCode("form", "confirmation", "password.mismatch"));
	}

	@Test
	void emptyFieldsAreFieldErrors() throws Exception {
		CurrentUser user = users.office();
		mvc.perform(change(user, "", "", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "currentPassword", "newPassword", "confirmation"));
	}

	@Test
	void passwordPageShowsThePolicy() throws Exception {
		CurrentUser user = users.office();
		mvc.perform(get("/account/password").with(as(user)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Ít nhất 8 ký tự")));
	}
}
