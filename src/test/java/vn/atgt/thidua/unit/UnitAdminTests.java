package vn.atgt.thidua.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.support.TestUnits;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

@ThiDuaIntegrationTest
class UnitAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestUnits testUnits;

	@Autowired
	UnitService units;

	CurrentUser admin;

	@BeforeEach
	void signIn() {
		admin = users.admin();
	}

	private MockHttpServletRequestBuilder createUnit(String code, String name, String email) {
		return post("/admin/units").with(as(admin)).with(csrf())
			.param("code", code).param("name", name).param("shortName", "")
			.param("kind", "COMMUNE_COMMITTEE").param("email", email).param("phone", "0213 3876 543")
			.param("version", "0");
	}

	@Test
	void adminCreatesAUnitAndFindsItWithoutDiacritics() throws Exception {
		String code = TestUnits.uniqueCode("XA");
		String name = "UBND xã Bản Bo " + code;
		mvc.perform(createUnit(code, name, "banbo@example.vn")).andExpect(redirectedUrl("/admin/units"));
		mvc.perform(get("/admin/units").with(as(admin)).param("q", "ban bo " + code.toLowerCase()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
		assertThat(units.search(admin.committeeId(), new UnitFilter("ubnd xa ban bo " + code, null, null, null), PageRequest.of(0, 5))
			.getContent()).extracting(UnitRow::code).containsExactly(code);
	}

	@Test
	void duplicateCodeIsAFieldErrorAndWritesNothing() throws Exception {
		String code = TestUnits.uniqueCode("DUP");
		mvc.perform(createUnit(code, "Đơn vị thứ nhất", "")).andExpect(redirectedUrl("/admin/units"));
		long before = units.search(admin.committeeId(), UnitFilter.none(), PageRequest.of(0, 1)).getTotalElements();
		mvc.perform(createUnit(code, "Đơn vị thứ hai", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "code", "unit.code.taken"))
			.andExpect(content().string(containsString("Mã đơn vị này đã được dùng.")))
			.andExpect(content().string(containsString("Đơn vị thứ hai")));
		assertThat(units.search(admin.committeeId(), UnitFilter.none(), PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before);
	}

	@Test
	void emptyNameAndInvalidEmailAreFieldErrors() throws Exception {
		mvc.perform(createUnit(TestUnits.uniqueCode("E"), "", "khong-phai-email"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "name", "email"))
			.andExpect(content().string(containsString("Địa chỉ e-mail không hợp lệ.")));
	}

	@Test
	void malformedKindIsAFieldErrorNotAServerError() throws Exception {
		mvc.perform(post("/admin/units").with(as(admin)).with(csrf())
			.param("code", TestUnits.uniqueCode("K")).param("name", "X").param("kind", "KHONG_CO").param("version", "x"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "kind", "version"));
	}

	@Test
	void editingWithAStaleVersionShowsAConflictAndKeepsTheInput() throws Exception {
		UnitSummary unit = testUnits.unit("Phòng Tư pháp thử", UnitKind.AGENCY, admin.committeeId());
		UnitRow row = units.get(unit.id());
		units.update(unit.id(), row.version(), new UnitCommand(row.code(), "Tên đã đổi", null, row.kind(), null, admin.committeeId(),
				null, null, false));
		mvc.perform(post("/admin/units/" + unit.id()).with(as(admin)).with(csrf())
			.param("code", row.code()).param("name", "Tên của tôi").param("kind", "AGENCY")
			.param("version", String.valueOf(row.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("vừa được người khác thay đổi")))
			.andExpect(model().attribute("form", org.hamcrest.Matchers.hasToString(containsString("name=Tên của tôi"))));
		assertThat(units.get(unit.id()).name()).isEqualTo("Tên đã đổi");
	}

	@Test
	void deactivatedUnitIsShownAsInactive() throws Exception {
		UnitSummary unit = testUnits.unit("Hội Nông dân thử", UnitKind.AGENCY, admin.committeeId());
		mvc.perform(post("/admin/units/" + unit.id() + "/deactivate").with(as(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/units"));
		assertThat(units.get(unit.id()).active()).isFalse();
	}

	@Test
	void namesSortInVietnameseOrder() {
		String tag = TestUnits.uniqueCode("SORT");
		for (String name : List.of("Ê " + tag, "Đào " + tag, "Dương " + tag, "Ân " + tag, "Ắc " + tag, "Bình " + tag)) {
			testUnits.unit(name, UnitKind.AGENCY, admin.committeeId());
		}
		List<String> names = units.search(admin.committeeId(), new UnitFilter(tag, null, null, null), PageRequest.of(0, 10)).getContent()
			.stream().map(UnitRow::name).toList();
		assertThat(names).containsExactly("Ắc " + tag, "Ân " + tag, "Bình " + tag, "Dương " + tag, "Đào " + tag,
				"Ê " + tag);
	}

	@Test
	void longListsArePagedAndKeepTheirFilter() throws Exception {
		String tag = TestUnits.uniqueCode("PAGE");
		for (int i = 0; i < 30; i++) {
			testUnits.unit("Tổ " + i + " " + tag, UnitKind.AGENCY, admin.committeeId());
		}
		mvc.perform(get("/admin/units").with(as(admin)).param("q", tag))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trang 1/2 · 30 dòng")))
			.andExpect(content().string(containsString("page=1")));
		mvc.perform(get("/admin/units").with(as(admin)).param("q", tag).param("page", "1"))
			.andExpect(content().string(containsString("Trang 2/2 · 30 dòng")));
	}
}
