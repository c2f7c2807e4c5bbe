package vn.atgt.thidua.unit;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.support.TestUnits;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/** Every page and action of the administration answers 403 to users who are not administrators. */
@ThiDuaIntegrationTest
class AdminAccessTests {

	static final String[] GETS = { "/admin/users", "/admin/users/new", "/admin/users/1/edit", "/admin/users/import",
			"/admin/users/import/template", "/admin/units", "/admin/units/new", "/admin/units/1/edit",
			"/admin/units/import", "/admin/units/import/template", "/admin/areas", "/admin/areas/new",
			"/admin/areas/1/edit", "/admin/committees", "/admin/committees/new", "/admin/committees/1",
			"/admin/committees/1/members/1/edit", "/admin/audit" };

	static final String[] POSTS = { "/admin/users", "/admin/users/1", "/admin/users/1/deactivate",
			"/admin/users/1/activate", "/admin/users/1/reset-password", "/admin/users/1/unlock",
			"/admin/users/import", "/admin/users/import/confirm", "/admin/users/import/credentials", "/admin/units",
			"/admin/units/1", "/admin/units/1/deactivate", "/admin/units/1/activate", "/admin/units/import",
			"/admin/units/import/confirm", "/admin/areas", "/admin/areas/1", "/admin/areas/1/successions",
			"/admin/committees", "/admin/committees/1", "/admin/committees/1/members",
			"/admin/committees/1/members/1", "/admin/committees/1/members/1/remove" };

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestUnits units;

	static Stream<Role> nonAdminRoles() {
		return Stream.of(Role.UNIT_OFFICER, Role.UNIT_HEAD, Role.STANDING_OFFICE, Role.LEADER);
	}

	@ParameterizedTest
	@MethodSource("nonAdminRoles")
	void nonAdministratorsGet403OnEveryAdministrationPageAndAction(Role role) throws Exception {
		Long unitId = role == Role.UNIT_OFFICER || role == Role.UNIT_HEAD ? units.unit("Đơn vị kiểm tra quyền").id() : null;
		CurrentUser user = users.create("role", unitId, role);
		for (String path : GETS) {
			mvc.perform(get(path).with(as(user))).andExpect(status().isForbidden());
		}
		for (String path : POSTS) {
			mvc.perform(post(path).with(as(user)).with(csrf())).andExpect(status().isForbidden());
		}
	}
}
