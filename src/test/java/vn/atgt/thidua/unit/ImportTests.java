package vn.atgt.thidua.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.atgt.thidua.account.UserImportService;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.xlsx.Sheets;
import vn.atgt.thidua.support.TestUnits;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/** Units and users from XLSX: a dry run with per-row errors, then all rows or none. */
@ThiDuaIntegrationTest
class ImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestUnits testUnits;

	@Autowired
	UnitService units;

	CurrentUser admin;
	MockHttpSession session;
	String areaName;

	@BeforeEach
	void setUp() {
		admin = users.admin();
		session = new MockHttpSession();
		areaName = "Nậm Tăm " + TestUnits.uniqueCode("X");
		testUnits.area(areaName, "COMMUNE", null);
	}

	private static MockMultipartFile sheet(List<String> headers, List<List<String>> rows) {
		return new MockMultipartFile("file", "don-vi.xlsx", "application/octet-stream", Sheets.write("S", headers, rows));
	}

	private static List<String> unitRow(String code, String name, String kind, String area, String email) {
		return List.of(code, name, "", kind, area, email, "", "Không");
	}

	private long unitsNamed(String tag) {
		return units.search(admin.committeeId(), new UnitFilter(tag, null, null, null), PageRequest.of(0, 1)).getTotalElements();
	}

	@Test
	void templateOpensAsAWorkbookWithVietnameseHeaders() throws Exception {
		MvcResult result = mvc.perform(get("/admin/units/import/template").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã đơn vị");
		}
	}

	@Test
	void dryRunListsEveryProblemByRowAndWritesNothing() throws Exception {
		String tag = TestUnits.uniqueCode("IMP");
		MockMultipartFile file = sheet(UnitImportService.HEADERS, List.of(
				unitRow(tag + "-1", "UBND xã Một " + tag, "UBND cấp xã", "Xã " + areaName, "mot@example.vn"),
				unitRow(tag + "-2", "UBND xã Hai " + tag, "UBND cấp xã", "Xã Không Có Thật", ""),
				unitRow(tag + "-1", "Trùng mã " + tag, "Cơ quan, ban ngành", "", "khong-phai-email"),
				unitRow(tag + "-4", "", "Loại lạ", "", "")));
		mvc.perform(multipart("/admin/units/import").file(file).session(session).with(as(admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không tìm thấy địa bàn “Xã Không Có Thật”.")))
			.andExpect(content().string(containsString("xuất hiện nhiều lần trong tệp")))
			.andExpect(content().string(containsString("Địa chỉ e-mail không hợp lệ.")))
			.andExpect(content().string(containsString("Loại đơn vị “Loại lạ” không hợp lệ.")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"token\""))));
		assertThat(unitsNamed(tag)).isZero();
	}

	@Test
	void validSheetIsImportedAfterConfirmation() throws Exception {
		String tag = TestUnits.uniqueCode("OK");
		MockMultipartFile file = sheet(UnitImportService.HEADERS, List.of(
				unitRow(tag + "-1", "UBND xã Một " + tag, "UBND cấp xã", "xa " + SearchKey.plain(areaName), ""),
				unitRow(tag + "-2", "Công an xã Hai " + tag, "Cơ quan, ban ngành", "", "ca@example.vn")));
		MvcResult check = mvc.perform(multipart("/admin/units/import").file(file).session(session).with(as(admin))
			.with(csrf()))
			.andExpect(content().string(containsString("2 dòng hợp lệ")))
			.andReturn();
		assertThat(unitsNamed(tag)).isZero();
		String token = (String) check.getModelAndView().getModel().get("token");
		mvc.perform(post("/admin/units/import/confirm").session(session).with(as(admin)).with(csrf()).param("token", token))
			.andExpect(redirectedUrl("/admin/units"))
			.andExpect(flash().attributeExists("flash"));
		assertThat(unitsNamed(tag)).isEqualTo(2);
		assertThat(units.findByCode(tag + "-1").orElseThrow().areaId()).isNotNull();
	}

	@Test
	void aFileThatIsNotASpreadsheetGetsAPlainMessage() throws Exception {
		MockMultipartFile exe = new MockMultipartFile("file", "don-vi.xlsx", "application/octet-stream",
				new byte[] { 'M', 'Z', 0, 1, 2, 3 });
		mvc.perform(multipart("/admin/units/import").file(exe).session(session).with(as(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/units/import"))
			.andExpect(flash().attributeExists("flash"));
	}

	@Test
	void sendingTheFormWithoutAFileAsksForOne() throws Exception {
		for (String page : List.of("/admin/units/import", "/admin/users/import")) {
			MvcResult result = mvc.perform(multipart(page).session(session).with(as(admin)).with(csrf()))
				.andExpect(redirectedUrl(page))
				.andReturn();
			assertThat(((Flash) result.getFlashMap().get(Flash.ATTRIBUTE)).key()).isEqualTo("import.noFile");
		}
	}

	@Test
	void aMissingColumnIsReportedOnRowOne() throws Exception {
		MockMultipartFile file = sheet(List.of("Mã đơn vị", "Tên đơn vị"), List.of(List.of("A", "B")));
		mvc.perform(multipart("/admin/units/import").file(file).session(session).with(as(admin)).with(csrf()))
			.andExpect(content().string(containsString("Thiếu cột “Loại đơn vị” ở dòng tiêu đề.")));
	}

	@Test
	void usersWithAnUnknownUnitAreRefusedAndValidOnesGetTemporaryPasswords() throws Exception {
		var unit = testUnits.unit("UBND xã Nhập " + TestUnits.uniqueCode("N"), UnitKind.COMMUNE_COMMITTEE,
				admin.committeeId());
		String good = TestUsers.uniqueName("nhap");
		MockMultipartFile bad = sheet(UserImportService.HEADERS, List.of(
				List.of(good, "Lò Văn Nhập", "", "", "", unit.code(), "Cán bộ đơn vị"),
				List.of(TestUsers.uniqueName("sai"), "Lò Văn Sai", "", "", "", "KHONG-CO-MA", "Cán bộ đơn vị")));
		mvc.perform(multipart("/admin/users/import").file(bad).session(session).with(as(admin)).with(csrf()))
			.andExpect(content().string(containsString("Không có đơn vị mã “KHONG-CO-MA”.")));

		MockMultipartFile ok = sheet(UserImportService.HEADERS, List.of(
				List.of(good, "Lò Văn Nhập", "Công chức", "nhap@example.vn", "", unit.code(), "cán bộ đơn vị, lãnh đạo đơn vị")));
		MvcResult check = mvc.perform(multipart("/admin/users/import").file(ok).session(session).with(as(admin))
			.with(csrf())).andExpect(content().string(containsString("1 dòng hợp lệ"))).andReturn();
		String token = (String) check.getModelAndView().getModel().get("token");
		MvcResult done = mvc.perform(post("/admin/users/import/confirm").session(session).with(as(admin)).with(csrf())
			.param("token", token))
			.andExpect(content().string(containsString("Đã nhập 1 dòng.")))
			.andReturn();
		String credentialsToken = (String) done.getModelAndView().getModel().get("token");
		MvcResult download = mvc.perform(post("/admin/users/import/credentials").session(session).with(as(admin))
			.with(csrf()).param("token", credentialsToken)).andExpect(status().isOk()).andReturn();
		String temporary;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.getResponse().getContentAsByteArray()))) {
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(good);
			temporary = workbook.getSheetAt(0).getRow(1).getCell(2).getStringCellValue();
		}
		mvc.perform(post("/admin/users/import/credentials").session(session).with(as(admin)).with(csrf())
			.param("token", credentialsToken)).andExpect(status().isGone());
		mvc.perform(formLogin("/login").user(good).password(temporary)).andExpect(authenticated());
	}

	@Test
	void fiveHundredRowsImportQuickly() throws Exception {
		String tag = TestUnits.uniqueCode("BULK");
		List<List<String>> rows = new ArrayList<>();
		for (int i = 1; i <= 500; i++) {
			rows.add(unitRow(tag + "-" + i, "Tổ dân phố số " + i + " " + tag, "Khác", "Xã " + areaName, "to" + i + "@example.vn"));
		}
		MockMultipartFile file = sheet(UnitImportService.HEADERS, rows);
		long start = System.nanoTime();
		MvcResult check = mvc.perform(multipart("/admin/units/import").file(file).session(session).with(as(admin))
			.with(csrf())).andExpect(content().string(containsString("500 dòng hợp lệ"))).andReturn();
		long checked = System.nanoTime();
		mvc.perform(post("/admin/units/import/confirm").session(session).with(as(admin)).with(csrf())
			.param("token", (String) check.getModelAndView().getModel().get("token")))
			.andExpect(redirectedUrl("/admin/units"));
		long imported = System.nanoTime();
		assertThat(unitsNamed(tag)).isEqualTo(500);
		System.out.printf("500-row unit import: dry run %d ms, confirm (check again + write) %d ms%n",
				(checked - start) / 1_000_000, (imported - checked) / 1_000_000);
	}

	/** Accent-free writing of a name, as a user without a Vietnamese keyboard would type it. */
	static final class SearchKey {
		static String plain(String text) {
			return vn.atgt.thidua.common.text.SearchText.key(text);
		}
	}
}
