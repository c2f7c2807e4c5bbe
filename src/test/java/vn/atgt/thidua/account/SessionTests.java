package vn.atgt.thidua.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.support.HttpUserAgent;
import vn.atgt.thidua.support.MockMvcSessions;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.support.TestUnits;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * A session keeps no right its account lost: each change of the account (deactivation, another unit, other roles, a
 * password reset, the user's own new password in another session) and the absolute lifetime end an open session at
 * its next request. The sessions are real: signed in through the form, then reused.
 */
@ThiDuaIntegrationTest
class SessionTests {

	static final String EXPIRED = "/login?expired";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestUnits units;

	@Autowired
	UserAdminService admin;

	@Autowired
	SessionRegistry sessionRegistry;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SessionRepository<? extends Session> sessions;

	@LocalServerPort
	int port;

	CurrentUser administrator;
	UnitSummary banBo;

	@BeforeEach
	void setUp() {
		administrator = users.admin();
		banBo = units.unit("UBND xã Bản Bo thử");
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	private MockHttpSession signIn(String username, String password) throws Exception {
		MvcResult result = mvc.perform(formLogin("/login").user(username).password(password))
			.andExpect(authenticated())
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	private MockHttpSession signIn(CurrentUser user) throws Exception {
		return signIn(user.username(), TestUsers.PASSWORD);
	}

	private void editAsAdministrator(CurrentUser user, Long unitId, Role... roles) throws Exception {
		String[] roleNames = Arrays.stream(roles).map(Role::name).toArray(String[]::new);
		mvc.perform(post("/admin/users/" + user.id()).with(as(administrator)).with(csrf())
			.param("username", user.username()).param("fullName", user.fullName())
			.param("unitId", unitId == null ? "" : unitId.toString()).param("roles", roleNames)
			.param("version", String.valueOf(admin.get(user.id()).version())))
			.andExpect(redirectedUrl("/admin/users"));
	}

	@Test
	void aDeactivatedUsersOpenSessionIsEndedAndCanChangeNothing() throws Exception {
		CurrentUser officer = users.create("nghiviec", banBo.id(), Role.UNIT_OFFICER);
		MockHttpSession session = signIn(officer);
		mvc.perform(get("/").session(session)).andExpect(status().isOk());

		mvc.perform(post("/admin/users/" + officer.id() + "/deactivate").with(as(administrator)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));

		long version = admin.get(officer.id()).version();
		mvc.perform(post("/account/profile").session(session).with(csrf()).param("fullName", "Tên Sau Khi Nghỉ")
			.param("email", "").param("phone", "").param("version", String.valueOf(version)))
			.andExpect(redirectedUrl(EXPIRED));
		assertThat(admin.get(officer.id()).fullName()).isEqualTo(officer.fullName());
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aUserMovedToAnotherUnitIsSignedOutOfTheSessionOfHerOldUnit() throws Exception {
		UnitSummary education = units.unit("Phòng Giáo dục và Đào tạo thử");
		CurrentUser officer = users.create("chuyencongtac", banBo.id(), Role.UNIT_OFFICER);
		MockHttpSession session = signIn(officer);
		mvc.perform(get("/").session(session)).andExpect(content().string(containsString(banBo.name())));

		editAsAdministrator(officer, education.id(), Role.UNIT_OFFICER);

		mvc.perform(get("/").session(session)).andExpect(redirectedUrl(EXPIRED));
		MockHttpSession again = signIn(officer);
		mvc.perform(get("/").session(again)).andExpect(content().string(containsString(education.name())));
	}

	@Test
	void aRemovedRoleIsGoneFromTheOpenSessionAtItsNextRequest() throws Exception {
		CurrentUser formerAdmin = users.create("thoiquantri", null, Role.ADMIN, Role.LEADER);
		MockHttpSession session = signIn(formerAdmin);
		mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());

		editAsAdministrator(formerAdmin, null, Role.LEADER);

		mvc.perform(get("/admin/users").session(session)).andExpect(redirectedUrl(EXPIRED));
		MockHttpSession again = signIn(formerAdmin);
		mvc.perform(get("/admin/users").session(again)).andExpect(status().isForbidden());
	}

	@Test
	void anAdministratorsPasswordResetSendsTheOpenSessionToSignInAndThenToChangeThePassword() throws Exception {
		CurrentUser officer = users.create("quenmatkhau", banBo.id(), Role.UNIT_OFFICER);
		MockHttpSession session = signIn(officer);

		MvcResult reset = mvc.perform(post("/admin/users/" + officer.id() + "/reset-password")
			.with(as(administrator)).with(csrf())).andReturn();
		String temporary = (String) ((Flash) reset.getFlashMap().get(Flash.ATTRIBUTE)).args()[1];

		mvc.perform(get("/").session(session)).andExpect(redirectedUrl(EXPIRED));
		MockHttpSession again = signIn(officer.username(), temporary);
		mvc.perform(get("/").session(again)).andExpect(redirectedUrl("/account/password"));
	}

	@Test
	void changingHerOwnPasswordEndsHerOtherSessionsButNotThisOne() throws Exception {
		CurrentUser officer = users.create("haiphien", banBo.id(), Role.UNIT_OFFICER);
		MockHttpSession office = signIn(officer);
		MockHttpSession phone = signIn(officer);

		mvc.perform(post("/account/password").session(office).with(csrf())
			.param("currentPassword", TestUsers.PASSWORD).param("newPassword", "mat-khau-moi-cua-toi")
			.param("confirmation", "mat-khau-moi-cua-toi"))
			.andExpect(redirectedUrl("/"));

		mvc.perform(get("/").session(office)).andExpect(status().isOk());
		mvc.perform(get("/").session(phone)).andExpect(redirectedUrl(EXPIRED));
	}

	@Test
	void editingHerOwnContactDetailsKeepsTheSession() throws Exception {
		CurrentUser officer = users.create("doiso", banBo.id(), Role.UNIT_OFFICER);
		MockHttpSession session = signIn(officer);
		mvc.perform(post("/account/profile").session(session).with(csrf()).param("fullName", "Tên Mới")
			.param("email", "moi@example.vn").param("phone", "")
			.param("version", String.valueOf(admin.get(officer.id()).version())))
			.andExpect(redirectedUrl("/account/profile"));
		mvc.perform(get("/").session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Tên Mới")));
	}

	@Test
	void aChangeMarksTheAccountsSessionsExpiredInTheRegistryAtOnce() throws Exception {
		CurrentUser officer = users.create("dangky", banBo.id(), Role.UNIT_OFFICER);
		MockHttpSession session = signIn(officer);
		assertThat(sessionRegistry.getSessionInformation(MockMvcSessions.storedId(session)).isExpired()).isFalse();

		admin.setActive(administrator, officer.id(), false);

		assertThat(sessionRegistry.getSessionInformation(MockMvcSessions.storedId(session)).isExpired()).isTrue();
	}

	@Test
	void aRequestThatChangesNothingWritesNothingToTheSessionStoreUntilAMinuteHasGone() throws Exception {
		MockHttpSession session = signIn(users.office());
		String id = MockMvcSessions.storedId(session);
		assertThat(jdbc.queryForObject("SELECT max_inactive_interval FROM spring_session WHERE session_id = ?",
				Integer.class, id)).isEqualTo(3600);
		long signedIn = lastAccess(id);

		mvc.perform(get("/").session(session)).andExpect(status().isOk());
		assertThat(lastAccess(id)).isEqualTo(signedIn);

		// Spring Session reads the wall clock: the stored access is set two minutes back instead of waiting for it.
		jdbc.update("UPDATE spring_session SET last_access_time = last_access_time - 120000 WHERE session_id = ?", id);
		mvc.perform(get("/").session(session)).andExpect(status().isOk());
		assertThat(lastAccess(id)).isGreaterThanOrEqualTo(signedIn);
	}

	private long lastAccess(String sessionId) {
		return jdbc.queryForObject("SELECT last_access_time FROM spring_session WHERE session_id = ?", Long.class,
				sessionId);
	}

	@Test
	void twoRequestsOfOneSessionThatAddTheSameAttributeBothSaveAndTheLaterWins() throws Exception {
		// two tabs opened at once after signing in: each request read the session before the other added its CSRF
		// token; the second insert of the attribute found the first's row (a duplicate key, a 500, before the upsert)
		String id = MockMvcSessions.storedId(signIn(users.office()));
		bothAdd(sessions, id);
	}

	private static <S extends Session> void bothAdd(SessionRepository<S> store, String id) {
		S first = store.findById(id);
		S second = store.findById(id);
		first.setAttribute("tab", "first");
		second.setAttribute("tab", "second");
		store.save(first);
		store.save(second);
		assertThat((String) store.findById(id).getAttribute("tab")).isEqualTo("second");
	}

	@Test
	void aSessionMarkedExpiredInTheStoreEndsAtItsNextRequestEvenWithAnUnchangedAccount() throws Exception {
		// The mark alone (the account's security stamp unchanged): the stale-session filter must read it on the
		// session the request loaded, now that no concurrent-session filter reads the session a second time.
		CurrentUser officer = users.create("danhdau", banBo.id(), Role.UNIT_OFFICER);
		MockHttpSession session = signIn(officer);
		mvc.perform(get("/").session(session)).andExpect(status().isOk());

		sessionRegistry.getSessionInformation(MockMvcSessions.storedId(session)).expireNow();

		mvc.perform(get("/").session(session)).andExpect(redirectedUrl(EXPIRED));
	}

	@Test
	void aSessionEndsTwelveHoursAfterItsSignInHoweverBusy() throws Exception {
		CurrentUser office = users.office();
		MockHttpSession session = signIn(office);
		clock.advance(Duration.ofHours(11).plusMinutes(59));
		mvc.perform(get("/").session(session)).andExpect(status().isOk());

		clock.advance(Duration.ofMinutes(1));
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl(EXPIRED));
	}

	@Test
	void anHtmxRequestOfAnEndedSessionReloadsTheSignInPageInFull() throws Exception {
		CurrentUser officer = users.create("htmx", banBo.id(), Role.UNIT_OFFICER);
		MockHttpSession session = signIn(officer);
		admin.setActive(administrator, officer.id(), false);

		mvc.perform(get("/").session(session).header("HX-Request", "true"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("HX-Redirect", EXPIRED));
	}

	@Test
	void theSignInPageSaysWhyTheSessionEnded() throws Exception {
		mvc.perform(get("/login").param("expired", ""))
			.andExpect(content().string(containsString(
					"Phiên đăng nhập đã kết thúc vì tài khoản đã thay đổi hoặc quá thời hạn; vui lòng đăng nhập lại.")));
	}

	@Test
	void onTheRealServerADeactivatedUsersSessionEndsAtItsNextRequest() {
		CurrentUser officer = users.create("tomcat", banBo.id(), Role.UNIT_OFFICER);
		HttpUserAgent browser = new HttpUserAgent(port);
		assertThat(browser.signIn(officer.username(), TestUsers.PASSWORD)).endsWith("/");
		assertThat(browser.get("/").statusCode()).isEqualTo(200);

		admin.setActive(administrator, officer.id(), false);

		assertThat(browser.get("/").headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith(EXPIRED));
		assertThat(browser.get("/").headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login"));
	}

	@Test
	void onTheRealServerHerOwnNewPasswordEndsHerOtherSession() {
		CurrentUser officer = users.create("tomcat2", banBo.id(), Role.UNIT_OFFICER);
		HttpUserAgent office = new HttpUserAgent(port);
		HttpUserAgent phone = new HttpUserAgent(port);
		office.signIn(officer.username(), TestUsers.PASSWORD);
		phone.signIn(officer.username(), TestUsers.PASSWORD);

		assertThat(office.postForm("/account/password", "/account/password", Map.of("currentPassword",
				TestUsers.PASSWORD, "newPassword", "mat-khau-moi-tomcat", "confirmation", "mat-khau-moi-tomcat"))
			.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/"));

		assertThat(office.get("/").statusCode()).isEqualTo(200);
		assertThat(phone.get("/").headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith(EXPIRED));
	}
}
