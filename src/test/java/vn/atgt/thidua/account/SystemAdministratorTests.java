package vn.atgt.thidua.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.atgt.thidua.account.internal.UserAccountRepository;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.support.TestUnits;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;
import vn.atgt.thidua.unit.CommitteeService;

/**
 * The system administrator (issue 18): she creates committees and gives each its first administrator, and sees no
 * unit data; a committee's administrator creates no committee, keeps only her own, and cannot grant the role.
 */
@ThiDuaIntegrationTest
class SystemAdministratorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestUnits units;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	CommitteeService committees;

	@Test
	void theSystemAdministratorCreatesACommitteeAndItsFirstAdministrator() throws Exception {
		CurrentUser sysadmin = users.systemAdmin();
		Long area = units.area("Sìn Hồ " + TestUnits.uniqueCode("S"), "COMMUNE", null);
		String name = "Ban ATGT xã Sìn Hồ " + TestUnits.uniqueCode("S");
		mvc.perform(committeeForm(post("/admin/committees"), name, area).with(as(sysadmin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Long committee = committees.committees().stream().filter(c -> c.name().equals(name)).findFirst()
			.orElseThrow().id();
		String username = TestUsers.uniqueName("qtsinho");
		mvc.perform(post("/admin/committees/{id}/administrators", committee).with(as(sysadmin)).with(csrf())
			.param("username", username).param("fullName", "Quản trị xã Sìn Hồ")
			.param("password", "Mat-khau-ban-dau-1"))
			.andExpect(status().is3xxRedirection());
		var account = accounts.findByUsername(username).orElseThrow();
		assertThat(account.getCommitteeId()).isEqualTo(committee);
		assertThat(account.getRoles()).containsExactly(Role.ADMIN);
		assertThat(account.isMustChangePassword()).isTrue();
		// she sees no unit data: no campaign, no unit list, no user list
		mvc.perform(get("/admin/units").with(as(sysadmin))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/users").with(as(sysadmin))).andExpect(status().isForbidden());
		mvc.perform(get("/campaigns").with(as(sysadmin)))
			.andExpect(model().attribute("campaigns",
					org.hamcrest.Matchers.hasProperty("totalElements", org.hamcrest.Matchers.is(0L))));
	}

	@Test
	void aCommitteesAdministratorCreatesNoCommitteeAndGrantsNoSystemRole() throws Exception {
		Long committee = units.committee("Mường Tè " + TestUnits.uniqueCode("M"));
		CurrentUser admin = users.admin(committee);
		Long area = units.area("Mường Tè " + TestUnits.uniqueCode("M"), "COMMUNE", null);
		mvc.perform(committeeForm(post("/admin/committees"), "Ban ATGT khác", area).with(as(admin)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/committees/{id}/administrators", committee).with(as(admin)).with(csrf())
			.param("username", TestUsers.uniqueName("x")).param("fullName", "X").param("password", "Mat-khau-1-x"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/users").with(as(admin)).with(csrf())
			.param("username", TestUsers.uniqueName("tham")).param("fullName", "Người tham quyền")
			.param("roles", "SYSTEM_ADMIN").param("password", "Mat-khau-ban-dau-2").param("version", "0"))
			.andExpect(model().attributeHasFieldErrorCode("form", "roles", "user.roles.systemAdmin"));
	}

	private static MockHttpServletRequestBuilder committeeForm(MockHttpServletRequestBuilder request, String name,
			Long area) {
		return request.param("name", name).param("areaId", area.toString()).param("parentBody", "UBND XÃ")
			.param("issuingBody", "BAN AN TOÀN GIAO THÔNG").param("issuerCode", "BATGT").param("placeName", "Sìn Hồ")
			.param("signatureAuthority", "KT. TRƯỞNG BAN").param("signerTitle", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC")
			.param("signerName", "Nguyễn Văn Ký").param("defaultRecipients", "Lưu: VT.").param("version", "0");
	}
}
