package vn.atgt.thidua.accident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.atgt.thidua.support.TestUsers.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.atgt.thidua.accident.AccidentFixture.Ban;
import vn.atgt.thidua.campaign.AccidentPeriodConvention;
import vn.atgt.thidua.campaign.CampaignGoals;
import vn.atgt.thidua.campaign.TaskAreaService;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The entry screen of a month: the police enter, the office confirms (locked) and reopens with a reason; every bad
 * input gives a message beside its cell with the input kept and nothing written; the classification rule comes from
 * the dated catalogue by the month's dates.
 */
@ThiDuaIntegrationTest
class AccidentEntryTests {

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

	@Autowired
	TaskAreaService taskAreas;

	/** A grid POST: the given cells of the given areas (by area id; the other cells blank), the source and version. */
	static MockHttpServletRequestBuilder grid(Ban ban, String month, CurrentUser user, long version, String source,
			Map<Long, Map<String, String>> cells) {
		MockHttpServletRequestBuilder request = post("/campaigns/" + ban.campaignId() + "/accidents/" + month)
			.with(as(user))
			.with(csrf())
			.param("source", source)
			.param("version", Long.toString(version));
		List<Long> rows = new java.util.ArrayList<>(ban.areaIds());
		rows.add(ban.districtId());
		for (int i = 0; i < rows.size(); i++) {
			request.param("lines[" + i + "].areaId", rows.get(i).toString());
			Map<String, String> typed = cells.getOrDefault(rows.get(i), Map.of());
			for (String cell : AccidentCells.ALL) {
				request.param("lines[" + i + "]." + cell, typed.getOrDefault(cell, ""));
			}
		}
		return request;
	}

	static Map<Long, Map<String, String>> cells(Object... areaThenCells) {
		Map<Long, Map<String, String>> map = new HashMap<>();
		for (int i = 0; i < areaThenCells.length; i += 2) {
			@SuppressWarnings("unchecked")
			Map<String, String> values = (Map<String, String>) areaThenCells[i + 1];
			map.put((Long) areaThenCells[i], values);
		}
		return map;
	}

	Document entry(Ban ban, String month, CurrentUser user) throws Exception {
		return Jsoup.parse(mvc.perform(get("/campaigns/" + ban.campaignId() + "/accidents/" + month).with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	Document comparison(Ban ban) throws Exception {
		return Jsoup.parse(mvc.perform(get("/campaigns/" + ban.campaignId() + "/accidents").with(as(users.leader())))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	SheetView sheet(Ban ban, String month) {
		return queries.sheet(users.admin(), ban.campaignId(), accidents.period(ban.campaignId(), month));
	}

	@Test
	void thePoliceEnterAMonthAndTheOfficeConfirmsIt() throws Exception {
		Ban ban = fixture.ban(2);
		CurrentUser police = fixture.police(ban);
		fixture.confirmed(ban, "2023-07", AccidentFigures.of(4, 1, 3));

		mvc.perform(grid(ban, "2024-07", police, 0, "Công an huyện, Báo cáo số 125/BC-CAH",
				cells(ban.townId(), Map.of("cases", "2", "deaths", "1", "injured", "2", "collisions", "3"),
						ban.communeIds().get(0), Map.of("cases", "1", "injured", "1", "drinkDrivingCases", "1"))))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/campaigns/" + ban.campaignId() + "/accidents/2024-07"))
			.andExpect(flash().attributeExists("flash"));
		SheetView draft = sheet(ban, "2024-07");
		assertThat(draft.status()).isEqualTo(SheetStatus.DRAFT);
		assertThat(draft.scope()).isEqualTo(SheetScope.BY_AREA);
		assertThat(draft.total()).isEqualTo(new AccidentFigures(3, 1, 3, 1, 0, 0, 3, null, null, null));
		assertThat(draft.figuresOf(ban.communeIds().get(1))).isEqualTo(AccidentFigures.ZERO);
		assertThat(AccidentComparisonPageTests.cell(comparison(ban), "months", "2024-07", "CASES"))
			.isEqualTo("chưa có số liệu");

		Document page = entry(ban, "2024-07", users.office());
		assertThat(page.select("[data-testid=sheet-status]").text()).isEqualTo("Đang nhập");
		assertThat(page.select("input[name='lines[0].cases']").val()).isEqualTo("2");
		mvc.perform(post("/campaigns/" + ban.campaignId() + "/accidents/2024-07/confirm").with(as(users.office()))
			.with(csrf())
			.param("version", Long.toString(draft.version()))).andExpect(status().is3xxRedirection());

		assertThat(sheet(ban, "2024-07").status()).isEqualTo(SheetStatus.CONFIRMED);
		assertThat(AccidentComparisonPageTests.cell(comparison(ban), "months", "2024-07", "CASES"))
			.isEqualTo("3 cùng kỳ: 4 giảm 1 vụ (-25,0%)");
		Document confirmed = entry(ban, "2024-07", police);
		assertThat(confirmed.select("[data-testid=sheet-form]")).isEmpty();
		assertThat(confirmed.select("[data-testid=sheet-figures] tr[data-area=total]").text())
			.isEqualTo("Cộng 3 1 3 1 0 0 3 – – –");
		assertThat(confirmed.select("[data-testid=sheet-history]").text()).contains("Nhập, sửa số liệu",
				police.fullName(), "Xác nhận số liệu");
	}

	@Test
	void confirmedFiguresAreLockedAndReopenedOnlyWithAReason() throws Exception {
		Ban ban = fixture.ban(1);
		fixture.confirmed(ban, "2024-08", AccidentFigures.of(1, 0, 1));
		long version = sheet(ban, "2024-08").version();

		mvc.perform(grid(ban, "2024-08", fixture.police(ban), version, "Sửa lại",
				cells(ban.townId(), Map.of("cases", "5"))))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("form"));
		assertThat(sheet(ban, "2024-08").total()).isEqualTo(AccidentFigures.of(1, 0, 1));

		CurrentUser office = users.office();
		mvc.perform(post("/campaigns/" + ban.campaignId() + "/accidents/2024-08/reopen").with(as(office)).with(csrf())
			.param("reason", "  ")
			.param("version", Long.toString(version)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("reopenForm", "reason", "NotBlank"));
		assertThat(sheet(ban, "2024-08").status()).isEqualTo(SheetStatus.CONFIRMED);

		mvc.perform(post("/campaigns/" + ban.campaignId() + "/accidents/2024-08/reopen").with(as(office)).with(csrf())
			.param("reason", "Công an huyện gửi lại số liệu đã sửa")
			.param("version", Long.toString(version)))
			.andExpect(status().is3xxRedirection());
		assertThat(sheet(ban, "2024-08").status()).isEqualTo(SheetStatus.DRAFT);
		assertThat(entry(ban, "2024-08", office).select("[data-testid=sheet-history]").text())
			.contains("Mở lại để sửa", "Công an huyện gửi lại số liệu đã sửa");
		assertThat(AccidentComparisonPageTests.cell(comparison(ban), "months", "2024-08", "CASES"))
			.isEqualTo("chưa có số liệu");
	}

	@Test
	void aStaleConfirmationIsRefused() throws Exception {
		Ban ban = fixture.ban(1);
		fixture.saved(ban, "2024-09", AccidentFigures.of(1, 0, 0));
		long seen = sheet(ban, "2024-09").version();
		fixture.saved(ban, "2024-09", AccidentFigures.of(2, 0, 0));
		String entry = "/campaigns/" + ban.campaignId() + "/accidents/2024-09";
		mvc.perform(post(entry + "/confirm").with(as(users.office())).with(csrf()).header("Referer", entry)
			.param("version", Long.toString(seen)))
			.andExpect(redirectedUrl(entry))
			.andExpect(flash().attribute("flash", new AccidentImportTests.FlashKey("error.conflict")));
		assertThat(sheet(ban, "2024-09").status()).isEqualTo(SheetStatus.DRAFT);
	}

	@Test
	void vietnameseNumbersAreReadAsTheyAreWritten() throws Exception {
		Ban ban = fixture.ban(1);
		mvc.perform(grid(ban, "2024-09", users.office(), 0, "Công an tỉnh",
				cells(ban.townId(), Map.of("cases", "1.234", "injured", "1.300", "collisions", "2.001"))))
			.andExpect(status().is3xxRedirection());
		assertThat(sheet(ban, "2024-09").figuresOf(ban.townId()).cases()).isEqualTo(1234);
		assertThat(sheet(ban, "2024-09").figuresOf(ban.townId()).injured()).isEqualTo(1300);
		assertThat(entry(ban, "2024-09", users.office()).select("input[name='lines[0].cases']").val()).isEqualTo("1234");
	}

	@Test
	void everyBadCellIsRefusedBesideItWithTheInputKept() throws Exception {
		Ban ban = fixture.ban(2);
		CurrentUser police = fixture.police(ban);
		Long town = ban.townId();
		Long first = ban.communeIds().get(0);
		Object[][] cases = {
				{ Map.of("cases", "abc"), "lines[0].cases", "accident.figure.notNumber", "abc" },
				{ Map.of("cases", "-1"), "lines[0].cases", "accident.figure.negative", "-1" },
				{ Map.of("injured", "1,5"), "lines[0].injured", "accident.figure.whole", "1,5" },
				{ Map.of("cases", "3", "deaths", "51"), "lines[0].deaths", "accident.figure.deathsTooMany", "51" },
				{ Map.of("cases", "2", "drinkDrivingCases", "3"), "lines[0].drinkDrivingCases",
						"accident.figure.ofWhichTooMany", "3" },
				{ Map.of("cases", "2", "especiallySeriousCases", "1", "seriousCases", "2"), "lines[0].lessSeriousCases",
						"accident.figure.classesTooMany", "" },
				{ Map.of("cases", "200.000"), "lines[0].cases", "accident.figure.tooLarge", "200.000" } };
		for (Object[] c : cases) {
			@SuppressWarnings("unchecked")
			Map<String, String> typed = (Map<String, String>) c[0];
			String html = mvc.perform(grid(ban, "2024-07", police, 0, "Công an huyện", cells(town, typed)))
				.andExpect(status().isOk())
				.andExpect(view().name("accident/sheet"))
				.andExpect(model().attributeHasFieldErrorCode("form", (String) c[1], (String) c[2]))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(Jsoup.parse(html).select("input[name='" + c[1] + "']").val()).as(c[2].toString())
				.isEqualTo(c[3]);
			assertThat(Jsoup.parse(html).select("input[name='" + c[1] + "']").hasClass("is-invalid")).isTrue();
		}
		mvc.perform(grid(ban, "2024-07", police, 0, "Công an huyện",
				cells(first, Map.of("cases", "1"), ban.districtId(), Map.of("cases", "1"))))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("form"))
			.andExpect(result -> assertThat(result.getResponse().getContentAsString())
				.contains("Chỉ nhập số liệu theo từng xã, thị trấn hoặc chỉ nhập dòng toàn địa bàn, không nhập cả hai."));
		mvc.perform(grid(ban, "2024-07", police, 0, "Công an huyện", cells()))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString())
				.contains("Chưa nhập số liệu nào. Nếu trong tháng không xảy ra vụ nào, hãy nhập 0."));
		mvc.perform(grid(ban, "2024-07", police, 0, " ", cells(town, Map.of("cases", "1"))))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "source", "NotBlank"));
		assertThat(sheet(ban, "2024-07").isNew()).isTrue();
	}

	@Test
	void aStaleSaveIsRefusedAndTheInputKept() throws Exception {
		Ban ban = fixture.ban(1);
		CurrentUser police = fixture.police(ban);
		mvc.perform(grid(ban, "2024-10", police, 0, "Lần 1", cells(ban.townId(), Map.of("cases", "1"))))
			.andExpect(status().is3xxRedirection());
		mvc.perform(grid(ban, "2024-10", police, 0, "Lần 1", cells(ban.townId(), Map.of("cases", "2"))))
			.andExpect(status().is3xxRedirection());
		String html = mvc.perform(grid(ban, "2024-10", users.office(), 0, "Bản cũ",
				cells(ban.townId(), Map.of("cases", "7"))))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("form"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Dữ liệu vừa được người khác thay đổi.");
		assertThat(Jsoup.parse(html).select("input[name='lines[0].cases']").val()).isEqualTo("7");
		assertThat(sheet(ban, "2024-10").figuresOf(ban.townId()).cases()).isEqualTo(2);
	}

	@Test
	void theWholeAreaMayBeGivenAsOneRow() throws Exception {
		Ban ban = fixture.ban(2);
		mvc.perform(grid(ban, "2023-07", users.office(), 0, "Công an tỉnh",
				cells(ban.districtId(), Map.of("cases", "5", "deaths", "2", "injured", "4"))))
			.andExpect(status().is3xxRedirection());
		SheetView sheet = sheet(ban, "2023-07");
		assertThat(sheet.scope()).isEqualTo(SheetScope.WHOLE_AREA);
		assertThat(sheet.figures()).containsOnlyKeys(ban.districtId());
		assertThat(sheet.baselineMonth()).isTrue();
	}

	@Test
	void theRuleComesFromTheDatedCatalogueByTheMonthsDates() throws Exception {
		Ban ban = fixture.ban(1);
		CurrentUser office = users.office(ban.committeeId());
		assertThat(entry(ban, "2024-08", office).select("[data-testid=sheet-rule]").text())
			.contains("Thông tư 58/2009/TT-BCA(C11)").doesNotContain("26/2024");
		assertThat(entry(ban, "2024-09", office).select("[data-testid=sheet-rule]").text())
			.contains("Thông tư 26/2024/TT-BCA (áp dụng từ ngày 15/08/2024)").doesNotContain("58/2009");
		assertThat(entry(ban, "2023-09", office).select("[data-testid=sheet-rule]").text()).contains("58/2009");
		Document december = entry(ban, "2024-12", office);
		assertThat(december.text()).contains("Từ ngày 15/11/2024 đến ngày 14/12/2024");

		Ban calendar = fixture.ban(1, AccidentPeriodConvention.CALENDAR_MONTH, CampaignGoals.all());
		assertThat(entry(calendar, "2024-08", users.office(calendar.committeeId())).select("[data-testid=sheet-rule]")
			.text())
			.contains("Thông tư 26/2024/TT-BCA", "Trong tháng này còn áp dụng: Thông tư 58/2009/TT-BCA(C11)");
		fixture.confirmed(calendar, "2024-08", AccidentFigures.of(1, 0, 0));
		assertThat(sheet(calendar, "2024-08").rule().code()).isEqualTo("TT-26-2024-BCA");
		fixture.confirmed(calendar, "2023-08", AccidentFigures.of(1, 0, 0));
		assertThat(sheet(calendar, "2023-08").rule().code()).isEqualTo("TT-58-2009-BCA");
	}

	@Test
	void monthsOutsideTheCampaignAndItsBaselineYearDoNotExist() throws Exception {
		Ban ban = fixture.ban(1);
		for (String month : List.of("2022-07", "2025-01", "2024-13", "2024-06")) {
			mvc.perform(get("/campaigns/" + ban.campaignId() + "/accidents/" + month).with(as(users.office())))
				.andExpect(status().isNotFound());
		}
		mvc.perform(get("/campaigns/" + ban.campaignId() + "/accidents/2023-01").with(as(users.office())))
			.andExpect(status().isOk());
	}

	@Test
	void aClosedCampaignChangesNoFigures() throws Exception {
		Ban ban = fixture.ban(1);
		fixture.confirmed(ban, "2024-07", AccidentFigures.of(1, 0, 0));
		taskAreas.addSeedPlanTaskAreas(TestUsers.STANDING_OFFICE, ban.campaignId());
		fixture.campaigns.activate(TestUsers.STANDING_OFFICE, ban.campaignId());
		fixture.campaigns.close(TestUsers.STANDING_OFFICE, ban.campaignId());
		CurrentUser office = users.office();
		Document page = entry(ban, "2024-08", office);
		assertThat(page.select("[data-testid=sheet-form]")).isEmpty();
		mvc.perform(grid(ban, "2024-08", office, 0, "Công an", cells(ban.townId(), Map.of("cases", "1"))))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("form"));
		assertThat(sheet(ban, "2024-08").isNew()).isTrue();
		mvc.perform(post("/campaigns/" + ban.campaignId() + "/accidents/2024-07/reopen").with(as(office)).with(csrf())
			.param("reason", "Sửa")
			.param("version", Long.toString(sheet(ban, "2024-07").version())))
			.andExpect(status().isOk());
		assertThat(sheet(ban, "2024-07").status()).isEqualTo(SheetStatus.CONFIRMED);
	}

	@Test
	void aGridPostWithAnIndexOutOfRangeOrNotANumberIsRefusedAndWritesNothing() throws Exception {
		Ban ban = fixture.ban(2);
		CurrentUser police = fixture.police(ban);
		for (String line : List.of("lines[300].cases", "lines[-1].cases", "lines[abc].cases", "lines[99999999999].cases")) {
			int status = mvc.perform(grid(ban, "2024-08", police, 0, "Công an huyện", Map.of()).param(line, "1"))
				.andReturn().getResponse().getStatus();
			assertThat(status).as(line).isIn(200, 302, 400);
		}
		assertThat(sheet(ban, "2024-08").sheetId()).isNull();
	}
}
