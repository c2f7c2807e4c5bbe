package vn.atgt.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.atgt.thidua.account.LockoutProperties;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

@ThiDuaIntegrationTest
class AuditSignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AuditService audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	LockoutProperties lockout;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void aSignInIsRecordedWithTheUserAndHerAddress() throws Exception {
		CurrentUser user = users.office();
		mvc.perform(formLogin("/login").user(user.username()).password(TestUsers.PASSWORD))
			.andExpect(redirectedUrl("/"));

		List<AuditEntryRow> signIns = entries(user.username(), AuditAction.SIGN_IN);
		assertThat(signIns).hasSize(1);
		assertThat(signIns.get(0).userId()).isEqualTo(user.id());
		assertThat(signIns.get(0).remoteAddress()).isEqualTo("127.0.0.1");
		// the sign-in time on the account is bookkeeping: the SIGN_IN entry already says it
		assertThat(entries(user.username(), AuditAction.UPDATE)).isEmpty();
	}

	@Test
	void aFailedSignInIsRecordedWithTheTypedNameButNeverThePassword() throws Exception {
		CurrentUser user = users.office();
		mvc.perform(formLogin("/login").user(user.username()).password("mat-khau-sai-9f3e"))
			.andExpect(redirectedUrl("/login?error"));

		List<AuditEntryRow> failures = entries(user.username(), AuditAction.SIGN_IN_FAILED);
		assertThat(failures).hasSize(1);
		assertThat(failures.get(0).summary()).isEqualTo("BAD_CREDENTIALS");
		assertThat(failures.get(0).remoteAddress()).isEqualTo("127.0.0.1");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entries WHERE summary LIKE ? OR username LIKE ?",
				Long.class, "%9f3e%", "%9f3e%")).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_changes WHERE old_value LIKE ? OR new_value LIKE ?",
				Long.class, "%9f3e%", "%9f3e%")).isZero();
	}

	@Test
	void aNameThatMatchesNoAccountIsRecordedAsTyped() throws Exception {
		String nobody = TestUsers.uniqueName("KhongTonTai");
		mvc.perform(formLogin("/login").user(nobody).password("x")).andExpect(redirectedUrl("/login?error"));

		List<AuditEntryRow> failures = entries(nobody, AuditAction.SIGN_IN_FAILED);
		assertThat(failures).hasSize(1);
		assertThat(failures.get(0).username()).isEqualTo(nobody);
		assertThat(failures.get(0).userId()).isNull();
	}

	@Test
	void repeatedFailuresRecordTheLockout() throws Exception {
		CurrentUser user = users.office();
		for (int i = 1; i <= 5; i++) {
			mvc.perform(formLogin("/login").user(user.username()).password("sai-" + i));
		}
		mvc.perform(formLogin("/login").user(user.username()).password(TestUsers.PASSWORD))
			.andExpect(redirectedUrl("/login?locked"));

		List<AuditEntryRow> lockouts = entries(user.username(), AuditAction.LOCKOUT);
		assertThat(lockouts).hasSize(1);
		assertThat(lockouts.get(0).remoteAddress()).isEqualTo("127.0.0.1");
		assertThat(lockouts.get(0).changes()).extracting(AuditChange::field).containsExactly("lockedUntil");
		List<AuditEntryRow> failures = entries(user.username(), AuditAction.SIGN_IN_FAILED);
		assertThat(failures).hasSize(6);
		assertThat(failures.get(0).summary()).isEqualTo("LOCKED");
		// the failure counter is marked @NotAudited: its rows are not part of the trail
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entries WHERE entity_type = 'LoginAttempt'",
				Long.class)).isZero();
	}

	@Test
	void aSignInRefusedForItsAddressIsRecordedAsThrottled() throws Exception {
		String address = "198.51.100.4";
		for (int i = 1; i <= lockout.addressMaxFailures(); i++) {
			mvc.perform(post("/login").with(csrf()).param("username", TestUsers.uniqueName("phun"))
				.param("password", "x").with(from(address)));
		}
		String name = TestUsers.uniqueName("bituchoi");
		mvc.perform(post("/login").with(csrf()).param("username", name).param("password", "x").with(from(address)))
			.andExpect(redirectedUrl("/login?throttled"));

		List<AuditEntryRow> failures = entries(name, AuditAction.SIGN_IN_FAILED);
		assertThat(failures).singleElement().satisfies(failure -> {
			assertThat(failure.summary()).isEqualTo("THROTTLED");
			assertThat(failure.remoteAddress()).isEqualTo(address);
		});
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private List<AuditEntryRow> entries(String username, AuditAction action) {
		return audit.search(new AuditFilter(username, null, action, null, null), PageRequest.of(0, 20))
			.stream()
			.filter(entry -> entry.username().equals(username))
			.toList();
	}
}
