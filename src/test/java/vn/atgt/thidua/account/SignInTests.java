package vn.atgt.thidua.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.support.MockMvcSessions;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

@ThiDuaIntegrationTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	MutableClock clock;

	@Autowired
	LockoutProperties lockout;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void loginPageIsInVietnamese() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Đăng nhập hệ thống")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Tên đăng nhập")));
	}

	@Test
	void anonymousVisitorIsSentToTheLoginPage() throws Exception {
		mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void correctPasswordSignsIn() throws Exception {
		CurrentUser user = users.office();
		mvc.perform(formLogin("/login").user(user.username()).password(TestUsers.PASSWORD))
			.andExpect(authenticated().withUsername(user.username()))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void wrongPasswordIsRefusedWithAPlainMessage() throws Exception {
		CurrentUser user = users.office();
		mvc.perform(formLogin("/login").user(user.username()).password("sai-mat-khau"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Tên đăng nhập hoặc mật khẩu không đúng.")));
	}

	@Test
	void fiveFailuresInARowLockTheAccountForFiveMinutes() throws Exception {
		CurrentUser user = users.office();
		for (int i = 1; i <= 4; i++) {
			mvc.perform(formLogin("/login").user(user.username()).password("sai-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin("/login").user(user.username()).password("sai-5"))
			.andExpect(redirectedUrl("/login?locked"));
		mvc.perform(formLogin("/login").user(user.username()).password(TestUsers.PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked"));
		mvc.perform(get("/login").param("locked", ""))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("thử lại sau 5 phút")));

		clock.advance(Duration.ofMinutes(4));
		mvc.perform(formLogin("/login").user(user.username()).password(TestUsers.PASSWORD))
			.andExpect(redirectedUrl("/login?locked"));
		clock.advance(Duration.ofMinutes(2));
		mvc.perform(formLogin("/login").user(user.username()).password(TestUsers.PASSWORD))
			.andExpect(authenticated());
	}

	@Test
	void lockoutDoesNotRevealWhetherTheUserExists() throws Exception {
		String nobody = TestUsers.uniqueName("khongtontai");
		for (int i = 1; i <= 4; i++) {
			mvc.perform(formLogin("/login").user(nobody).password("x")).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin("/login").user(nobody).password("x")).andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void aSuccessResetsTheFailureCount() throws Exception {
		CurrentUser user = users.office();
		for (int i = 1; i <= 4; i++) {
			mvc.perform(formLogin("/login").user(user.username()).password("sai"));
		}
		mvc.perform(formLogin("/login").user(user.username()).password(TestUsers.PASSWORD)).andExpect(authenticated());
		mvc.perform(formLogin("/login").user(user.username()).password("sai")).andExpect(redirectedUrl("/login?error"));
	}

	private ResultActions signInFrom(String address, String username, String password) throws Exception {
		return mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password)
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			}));
	}

	@Test
	void manyFailuresFromOneAddressAcrossNamesRefuseThatAddressForAWhile() throws Exception {
		CurrentUser user = users.office();
		String attacker = "203.0.113.7";
		for (int i = 1; i <= lockout.addressMaxFailures(); i++) {
			signInFrom(attacker, TestUsers.uniqueName("doan" + i), "x").andExpect(redirectedUrl("/login?error"));
		}

		// even the right password is refused from that address, with the message any name gets there
		signInFrom(attacker, user.username(), TestUsers.PASSWORD)
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?throttled"));
		signInFrom(attacker, TestUsers.uniqueName("khongtontai"), "x").andExpect(redirectedUrl("/login?throttled"));
		mvc.perform(get("/login").param("throttled", ""))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"Có quá nhiều lần đăng nhập không thành công từ địa chỉ mạng này. Vui lòng thử lại sau 5 phút.")));

		// other addresses are not concerned, and the refusal ends
		signInFrom("203.0.113.8", user.username(), TestUsers.PASSWORD).andExpect(authenticated());
		clock.advance(lockout.duration().plusSeconds(1));
		signInFrom(attacker, user.username(), TestUsers.PASSWORD).andExpect(authenticated());
	}

	@Test
	void aRefusedAddressLocksNoMoreNames() throws Exception {
		CurrentUser user = users.office();
		String attacker = "203.0.113.9";
		for (int i = 1; i <= lockout.addressMaxFailures(); i++) {
			signInFrom(attacker, TestUsers.uniqueName("doan" + i), "x");
		}
		for (int i = 1; i <= lockout.maxFailures(); i++) {
			signInFrom(attacker, user.username(), "sai-" + i).andExpect(redirectedUrl("/login?throttled"));
		}
		signInFrom("203.0.113.10", user.username(), TestUsers.PASSWORD).andExpect(authenticated());
	}

	@Test
	void signingInIssuesANewSessionId() throws Exception {
		CurrentUser user = users.office();
		MockHttpSession session = new MockHttpSession();
		// the sign-in page keeps its CSRF token in a (stored) session: the one a fixation attack would plant
		mvc.perform(get("/login").session(session)).andExpect(status().isOk());
		String before = MockMvcSessions.storedId(session);
		assertThat(before).isNotNull();
		mvc.perform(post("/login").session(session).with(csrf())
			.param("username", user.username())
			.param("password", TestUsers.PASSWORD))
			.andExpect(authenticated());
		assertThat(MockMvcSessions.storedId(session)).isNotEqualTo(before);
	}
}
