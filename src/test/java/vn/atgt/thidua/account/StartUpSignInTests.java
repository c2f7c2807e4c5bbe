package vn.atgt.thidua.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.account.internal.AddressThrottle;
import vn.atgt.thidua.account.internal.LoginThrottle;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * While the application is starting (its runners, such as the demo data, not finished: the readiness state that
 * {@code /actuator/health} reports is REFUSING_TRAFFIC), the sign-in page says the data is loading and a sign-in gets
 * that answer, never "wrong password", and counts toward neither the name's lock nor the address's refusal.
 */
@ThiDuaIntegrationTest
class StartUpSignInTests {

	static final String LOADING = "Đang nạp dữ liệu, vui lòng chờ trong giây lát";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestUsers users;

	@Autowired
	LoginThrottle names;

	@Autowired
	AddressThrottle addresses;

	@Autowired
	LockoutProperties lockout;

	@AfterEach
	void ready() {
		AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
	}

	@Test
	void signInsWhileTheDataIsLoadingAreAskedToWaitAndCountAsNoFailure() throws Exception {
		CurrentUser user = users.office();
		AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);

		mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString(LOADING)));
		mvc.perform(get("/actuator/health")).andExpect(status().isServiceUnavailable());
		// more attempts than either throttle allows, with the right password and with wrong ones
		for (int i = 0; i <= lockout.addressMaxFailures(); i++) {
			mvc.perform(formLogin("/login").user(user.username()).password(i == 0 ? TestUsers.PASSWORD : "sai-" + i))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?starting"));
		}
		mvc.perform(get("/login").param("starting", "")).andExpect(content().string(containsString(LOADING)))
			.andExpect(content().string(not(containsString("Tên đăng nhập hoặc mật khẩu không đúng."))));
		assertThat(names.isLocked(user.username())).isFalse();
		assertThat(addresses.isRefused("127.0.0.1")).isFalse();

		AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
		mvc.perform(get("/login")).andExpect(content().string(not(containsString(LOADING))));
		mvc.perform(formLogin("/login").user(user.username()).password(TestUsers.PASSWORD)).andExpect(authenticated());
	}
}
