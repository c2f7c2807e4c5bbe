package vn.atgt.thidua.accident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.accident.AccidentFixture.Ban;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.xlsx.ImportProblem;
import vn.atgt.thidua.common.xlsx.SheetRow;
import vn.atgt.thidua.common.xlsx.Sheets;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The police's monthly sheet: a template per month, a dry run listing every problem by row and column and writing
 * nothing, an import of all rows or none, numbers read the Vietnamese way.
 */
@ThiDuaIntegrationTest
class AccidentImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccidentFixture fixture;

	@Autowired
	AccidentService accidents;

	@Autowired
	AccidentQueries queries;

	/** A sheet with the template's headers: area, the ten cells, source. */
	static byte[] sheet(String[]... rows) {
		List<List<String>> data = new ArrayList<>();
		for (String[] row : rows) {
			List<String> cells = new ArrayList<>(Arrays.asList(row));
			while (cells.size() < AccidentImportService.headers().size()) {
				cells.add("");
			}
			data.add(cells);
		}
		return Sheets.write("TNGT", AccidentImportService.headers(), data);
	}

	static String[] row(String area, String cases, String deaths, String injured, String drink, String source) {
		return new String[] { area, cases, deaths, injured, drink, "", "", "", "", "", "", source };
	}

	String base(Ban ban, String month) {
		return "/campaigns/" + ban.campaignId() + "/accidents/" + month + "/import";
	}

	Document upload(Ban ban, String month, CurrentUser user, MockHttpSession session, byte[] content) throws Exception {
		return Jsoup.parse(mvc.perform(multipart(base(ban, month)).file(new MockMultipartFile("file", "tngt.xlsx", null,
				content)).with(as(user)).with(csrf()).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	SheetView sheetOf(Ban ban, String month) {
		return queries.sheet(users.admin(), ban.campaignId(), accidents.period(ban.campaignId(), month));
	}

	@Test
	void theTemplateListsTheCommunesOfTheMonth() throws Exception {
		Ban ban = fixture.ban(2);
		byte[] template = mvc.perform(get(base(ban, "2024-07") + "/template").with(as(fixture.police(ban))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.containsString("mau-so-lieu-tngt-2024-07.xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<ImportProblem> problems = new ArrayList<>();
		List<SheetRow> rows = Sheets.read(new ByteArrayInputStream(template), AccidentImportService.headers(), problems);
		assertThat(problems).isEmpty();
		assertThat(rows).extracting(r -> r.text(AccidentImportService.AREA)).containsExactly(
				"Thị trấn " + nameOf(ban), "Xã Xã số 01", "Xã Xã số 02");
	}

	private String nameOf(Ban ban) {
		return ban.districtName().substring("Huyện ".length());
	}

	@Test
	void theDryRunListsEveryProblemAndWritesNothing() throws Exception {
		Ban ban = fixture.ban(2);
		MockHttpSession session = new MockHttpSession();
		Document page = upload(ban, "2024-07", fixture.police(ban), session, sheet(
				row("Xã Không Có", "1", "0", "0", "", "Công an huyện"),
				row("Thị trấn " + nameOf(ban), "-1", "0", "0", "", ""),
				row("Xã số 01", "1", "60", "0", "", ""),
				row("Xã số 02", "1", "0", "0", "2", ""),
				row("xa so 01", "abc", "", "", "", "")));
		List<String> problems = page.select("[data-testid=import-problems] tbody tr").eachText();
		assertThat(problems).containsExactly(
				"2 Địa bàn Không có địa bàn “Xã Không Có” trong các xã, thị trấn của Ban ATGT ở tháng này.",
				"3 Số vụ Không được là số âm.",
				"4 Số người chết Số người chết lớn hơn 50 trong một tháng là bất thường; hãy kiểm tra lại.",
				"5 Trong đó: liên quan nồng độ cồn Không được lớn hơn tổng số vụ (1).",
				"6 Địa bàn “xa so 01” xuất hiện nhiều lần trong tệp.",
				"6 Số vụ “abc” không phải là số.");
		assertThat(page.select("[data-testid=import-check] form")).isEmpty();
		assertThat(sheetOf(ban, "2024-07").isNew()).isTrue();
	}

	@Test
	void aValidSheetIsImportedAsADraftWithVietnameseNumbers() throws Exception {
		Ban ban = fixture.ban(2);
		CurrentUser police = fixture.police(ban);
		MockHttpSession session = new MockHttpSession();
		Document page = upload(ban, "2024-07", police, session, sheet(
				row("Thị trấn " + nameOf(ban), "1.234", "2", "1.300", "1", "Công an huyện, Báo cáo số 125/BC-CAH"),
				row("Xã số 01", "1", "", "1", "", "")));
		assertThat(page.select("[data-testid=import-check]").text()).contains("2 dòng hợp lệ, sẵn sàng nhập.");
		String token = page.select("input[name=token]").val();
		mvc.perform(post(base(ban, "2024-07") + "/confirm").param("token", token).with(as(police)).with(csrf())
			.session(session))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", new FlashKey("accident.imported")));
		SheetView sheet = sheetOf(ban, "2024-07");
		assertThat(sheet.status()).isEqualTo(SheetStatus.DRAFT);
		assertThat(sheet.source()).isEqualTo("Công an huyện, Báo cáo số 125/BC-CAH");
		assertThat(sheet.figuresOf(ban.townId())).isEqualTo(new AccidentFigures(1234, 2, 1300, 1, 0, 0, 0, null, null,
				null));
		assertThat(sheet.figuresOf(ban.communeIds().get(1))).isEqualTo(AccidentFigures.ZERO);
		assertThat(sheet.history()).extracting(SheetHistoryRow::action).containsExactly(SheetAction.IMPORTED);
		// the token is used once
		mvc.perform(post(base(ban, "2024-07") + "/confirm").param("token", token).with(as(police)).with(csrf())
			.session(session))
			.andExpect(flash().attribute("flash", new FlashKey("import.expired")));
	}

	@Test
	void oneRowForTheWholeAreaIsImportedAsTheWholeArea() throws Exception {
		Ban ban = fixture.ban(2);
		MockHttpSession session = new MockHttpSession();
		Document mixed = upload(ban, "2023-07", users.office(), session, sheet(
				row(ban.districtName(), "5", "2", "4", "", "Công an tỉnh"), row("Xã số 01", "1", "", "", "", "")));
		assertThat(mixed.select("[data-testid=import-problems]").text())
			.contains("Chỉ nhập số liệu theo từng xã, thị trấn hoặc chỉ nhập dòng toàn địa bàn");
		Document whole = upload(ban, "2023-07", users.office(), session, sheet(
				row(ban.districtName(), "5", "2", "4", "", "Công an tỉnh")));
		mvc.perform(post(base(ban, "2023-07") + "/confirm").param("token", whole.select("input[name=token]").val())
			.with(as(users.office())).with(csrf()).session(session)).andExpect(status().is3xxRedirection());
		assertThat(sheetOf(ban, "2023-07").scope()).isEqualTo(SheetScope.WHOLE_AREA);
		assertThat(sheetOf(ban, "2023-07").total()).isEqualTo(AccidentFigures.of(5, 2, 4));
	}

	@Test
	void aConfirmedMonthASheetWithoutSourceAndAFileThatIsNoSheetAreRefused() throws Exception {
		Ban ban = fixture.ban(1);
		fixture.confirmed(ban, "2024-08", AccidentFigures.of(1, 0, 0));
		MockHttpSession session = new MockHttpSession();
		assertThat(upload(ban, "2024-08", users.office(), session, sheet(row("Xã số 01", "2", "", "", "", "CA")))
			.select("[data-testid=import-problems]").text())
			.contains("Số liệu của tháng này đã được xác nhận");
		assertThat(upload(ban, "2024-09", users.office(), session, sheet(row("Xã số 01", "2", "", "", "", "")))
			.select("[data-testid=import-problems]").text()).contains("Chưa ghi nguồn số liệu ở dòng nào.");
		mvc.perform(multipart(base(ban, "2024-09")).file(new MockMultipartFile("file", "a.xlsx", null,
				"không phải bảng tính".getBytes())).with(as(users.office())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", new FlashKey("import.notXlsx")));
		assertThat(sheetOf(ban, "2024-09").isNew()).isTrue();
		assertThat(sheetOf(ban, "2024-08").total()).isEqualTo(AccidentFigures.of(1, 0, 0));
	}

	/** Matches a flash message by its key. */
	record FlashKey(String key) implements org.hamcrest.Matcher<Object> {

		@Override
		public boolean matches(Object actual) {
			return actual instanceof Flash flash && flash.key().equals(key);
		}

		@Override
		public void describeMismatch(Object item, org.hamcrest.Description description) {
			description.appendValue(item);
		}

		@Override
		@Deprecated
		public void _dont_implement_Matcher___instead_extend_BaseMatcher_() {
		}

		@Override
		public void describeTo(org.hamcrest.Description description) {
			description.appendText("flash " + key);
		}
	}
}
