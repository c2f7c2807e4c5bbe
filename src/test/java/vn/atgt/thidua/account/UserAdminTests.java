package vn.atgt.thidua.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.atgt.thidua.audit.AuditAction;
import vn.atgt.thidua.audit.AuditChange;
import vn.atgt.thidua.audit.AuditEntryRow;
import vn.atgt.thidua.audit.AuditService;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.support.TestUnits;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;
import vn.atgt.thidua.unit.UnitSummary;

@ThiDuaIntegrationTest
class UserAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestUnits units;

	@Autowired
	UserAdminService admin;

	@Autowired
	AuditService audit;

	CurrentUser administrator;
	UnitSummary unit;

	@BeforeEach
	void setUp() {
		administrator = users.admin();
		unit = units.unit("UBND xã Thèn Sin thử");
	}

	private MockHttpServletRequestBuilder create(String username, Long unitId, String... roles) {
		return post("/admin/users").with(as(administrator)).with(csrf())
			.param("username", username).param("fullName", "Lò Văn Mười").param("jobTitle", "Công chức")
			.param("email", "").param("phone", "").param("unitId", unitId == null ? "" : unitId.toString())
			.param("roles", roles).param("password", "mat-khau-ban-dau").param("version", "0");
	}

	@Test
	void createdUserMustChangeHerPasswordAtFirstSignIn() throws Exception {
		String username = TestUsers.uniqueName("lovanmuoi");
		mvc.perform(create(username, unit.id(), "UNIT_OFFICER")).andExpect(redirectedUrl("/admin/users"));
		MvcResult signIn = mvc.perform(formLogin("/login").user(username).password("mat-khau-ban-dau"))
			.andExpect(authenticated()).andReturn();
		MockHttpSession session = (MockHttpSession) signIn.getRequest().getSession(false);
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(post("/account/password").session(session).with(csrf())
			.param("currentPassword", "mat-khau-ban-dau").param("newPassword", "mat-khau-rieng-cua-toi")
			.param("confirmation", "mat-khau-rieng-cua-toi"))
			.andExpect(redirectedUrl("/"));
		mvc.perform(get("/").session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString(unit.name())));
	}

	@Test
	void aUnitRoleNeedsAUnit() throws Exception {
		mvc.perform(create(TestUsers.uniqueName("khongdonvi"), null, "UNIT_HEAD"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "unitId", "user.unit.requiredForRole"));
	}

	@Test
	void badInputGivesFieldErrors() throws Exception {
		mvc.perform(post("/admin/users").with(as(administrator)).with(csrf())
			.param("username", "có dấu cách").param("fullName", "").param("email", "sai@")
			.param("password", "ngan").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "username", "fullName", "email"));
		mvc.perform(post("/admin/users").with(as(administrator)).with(csrf())
			.param("username", TestUsers.uniqueName("ngan")).param("fullName", "Lò Văn Ngắn")
			.param("unitId", unit.id().toString()).param("roles", "UNIT_OFFICER").param("password", "1234")
			.param("version", "0"))
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "password.tooShort"));
	}

	@Test
	void duplicateUserNameIsRefused() throws Exception {
		CurrentUser existing = users.office();
		mvc.perform(create(existing.username(), null, "LEADER"))
			.andExpect(model().attributeHasFieldErrorCode("form", "username", "user.username.taken"));
	}

	@Test
	void deactivatedUserCannotSignIn() throws Exception {
		CurrentUser user = users.create("sapnghi", unit.id(), Role.UNIT_OFFICER);
		mvc.perform(post("/admin/users/" + user.id() + "/deactivate").with(as(administrator)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));
		mvc.perform(formLogin("/login").user(user.username()).password(TestUsers.PASSWORD))
			.andExpect(unauthenticated());
		assertThat(admin.get(user.id()).active()).isFalse();
	}

	@Test
	void resetPasswordGivesATemporaryPasswordThatMustBeChanged() throws Exception {
		CurrentUser user = users.create("quenmatkhau", unit.id(), Role.UNIT_OFFICER);
		MvcResult reset = mvc.perform(post("/admin/users/" + user.id() + "/reset-password").with(as(administrator))
			.with(csrf())).andExpect(flash().attributeExists(Flash.ATTRIBUTE)).andReturn();
		Flash message = (Flash) reset.getFlashMap().get(Flash.ATTRIBUTE);
		String temporary = (String) message.args()[1];
		mvc.perform(formLogin("/login").user(user.username()).password(TestUsers.PASSWORD)).andExpect(unauthenticated());
		mvc.perform(formLogin("/login").user(user.username()).password(temporary)).andExpect(authenticated());
		assertThat(admin.get(user.id()).mustChangePassword()).isTrue();
	}

	@Test
	void anAdministratorUnlocksALockedNameAndTheUserSignsInAtOnce() throws Exception {
		CurrentUser user = users.create("bikhoa", unit.id(), Role.UNIT_OFFICER);
		for (int i = 1; i <= 5; i++) {
			mvc.perform(formLogin("/login").user(user.username()).password("sai-" + i));
		}
		mvc.perform(formLogin("/login").user(user.username()).password(TestUsers.PASSWORD))
			.andExpect(redirectedUrl("/login?locked"));
		mvc.perform(get("/admin/users/" + user.id() + "/edit").with(as(administrator)))
			.andExpect(content().string(containsString("data-testid=\"sign-in-locked\"")))
			.andExpect(content().string(containsString("Mở khóa đăng nhập")));

		mvc.perform(post("/admin/users/" + user.id() + "/unlock").with(as(administrator)))
			.andExpect(status().isForbidden());
		MvcResult unlock = mvc.perform(post("/admin/users/" + user.id() + "/unlock").with(as(administrator))
			.with(csrf())).andExpect(redirectedUrl("/admin/users/" + user.id() + "/edit")).andReturn();
		assertThat(((Flash) unlock.getFlashMap().get(Flash.ATTRIBUTE)).key()).isEqualTo("user.unlocked");

		mvc.perform(formLogin("/login").user(user.username()).password(TestUsers.PASSWORD)).andExpect(authenticated());
		mvc.perform(get("/admin/users/" + user.id() + "/edit").with(as(administrator)))
			.andExpect(content().string(not(containsString("data-testid=\"sign-in-locked\""))));
		List<AuditEntryRow> history = audit.historyOf("UserAccount", user.id().toString());
		assertThat(history).filteredOn(e -> "SIGN_IN_UNLOCKED".equals(e.summary())).singleElement()
			.satisfies(e -> {
				assertThat(e.action()).isEqualTo(AuditAction.UPDATE);
				assertThat(e.username()).isEqualTo(administrator.username());
				assertThat(e.changes()).extracting(AuditChange::field).containsExactly("lockedUntil");
			});
	}

	@Test
	void unlockingANameThatIsNotLockedChangesNothing() throws Exception {
		CurrentUser user = users.create("khongkhoa", unit.id(), Role.UNIT_OFFICER);
		MvcResult unlock = mvc.perform(post("/admin/users/" + user.id() + "/unlock").with(as(administrator))
			.with(csrf())).andReturn();
		assertThat(((Flash) unlock.getFlashMap().get(Flash.ATTRIBUTE)).key()).isEqualTo("user.notLocked");
		assertThat(audit.historyOf("UserAccount", user.id().toString()))
			.noneMatch(e -> "SIGN_IN_UNLOCKED".equals(e.summary()));
	}

	@Test
	void listFiltersByUnitRoleAndText() throws Exception {
		CurrentUser head = users.create("chutich", unit.id(), Role.UNIT_HEAD);
		CurrentUser officer = users.create("canbo", unit.id(), Role.UNIT_OFFICER);
		mvc.perform(get("/admin/users").with(as(administrator)).param("unitId", unit.id().toString())
			.param("role", "UNIT_HEAD"))
			.andExpect(content().string(containsString(head.username())))
			.andExpect(content().string(not(containsString(officer.username()))));
		mvc.perform(get("/admin/users").with(as(administrator)).param("q", "nguoi dung canbo"))
			.andExpect(content().string(containsString(officer.username())));
	}

	@Test
	void userSeesAndEditsHerOwnProfile() throws Exception {
		CurrentUser user = users.create("hoso", unit.id(), Role.UNIT_OFFICER);
		mvc.perform(get("/account/profile").with(as(user)))
			.andExpect(content().string(containsString(user.username())))
			.andExpect(content().string(containsString(unit.name())));
		long version = admin.get(user.id()).version();
		mvc.perform(post("/account/profile").with(as(user)).with(csrf()).param("fullName", "Tên Mới")
			.param("email", "sai-email").param("phone", "").param("version", String.valueOf(version)))
			.andExpect(model().attributeHasFieldErrors("form", "email"));
		mvc.perform(post("/account/profile").with(as(user)).with(csrf()).param("fullName", "Tên Mới")
			.param("email", "moi@example.vn").param("phone", "0912345678").param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/account/profile"));
		assertThat(admin.get(user.id()).email()).isEqualTo("moi@example.vn");
	}
}
