package vn.atgt.thidua.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.accident.AccidentService;
import vn.atgt.thidua.accident.Criterion;
import vn.atgt.thidua.account.UserAdminService;
import vn.atgt.thidua.account.UserRow;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.registration.RegistrationService;
import vn.atgt.thidua.support.DemoDataTest;
import vn.atgt.thidua.support.LibreOffice;

/**
 * The XLSX of the annex tables of the demo six-month report, opened by LibreOffice Calc: one sheet per table with
 * Vietnamese headers, figures as numbers (unquoted in Calc's CSV), and the cells equal to the report's tables and to
 * the other modules' figures.
 */
@DemoDataTest
class SummaryAnnexTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CampaignService campaigns;

	@Autowired
	SummaryService summaries;

	@Autowired
	AccidentService accidents;

	@Autowired
	RegistrationService registrations;

	@Autowired
	UserAdminService users;

	@TempDir
	Path workDir;

	@Test
	void theAnnexTablesOpenInCalcWithVietnameseHeadersAndFiguresAsNumbers() throws Exception {
		Long campaign = campaignId();
		CurrentUser clerk = account("thuongtruc", Role.STANDING_OFFICE);
		SummaryRow sixMonth = summaries.list(clerk, campaign).stream().filter(r -> r.kind() == SummaryKind.SIX_MONTH)
			.reduce((a, b) -> b).orElseThrow();
		SummaryView report = summaries.get(clerk, campaign, sixMonth.id());
		byte[] xlsx = mvc.perform(get("/campaigns/" + campaign + "/summary-reports/" + sixMonth.id() + "/xlsx")
			.with(as(clerk))).andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(
					"Phu-luc-bao-cao-so-ket-31-12-2024.xlsx")))
			.andReturn().getResponse().getContentAsByteArray();

		Map<String, String> sheets = LibreOffice.sheetTexts(xlsx, workDir);
		assertThat(sheets.keySet()).containsExactlyInAnyOrder("Kết quả theo nội dung", "Kết quả theo đơn vị",
				"TNGT theo tháng", "TNGT theo địa bàn", "Điểm thi đua", "Đề nghị khen thưởng");

		// the results per indicator: the report's table, its figures as numbers
		List<List<String>> results = LibreOffice.csvRows(sheets.get("Kết quả theo nội dung"));
		assertThat(results.get(0).get(0)).startsWith("Phụ lục 1. Kết quả thực hiện các nội dung thi đua (Sơ kết");
		SectionTable table = report.section(SectionKey.RESULTS).table();
		assertThat(results.get(2)).containsExactlyElementsOf(table.header());
		List<String> first = table.rows().get(0);
		assertThat(results.get(3).subList(0, 3)).containsExactlyElementsOf(first.subList(0, 3));
		assertThat(results.get(3).get(3)).isEqualTo(plain(first.get(3)));
		assertThat(sheets.get("Kết quả theo nội dung").lines().skip(3).findFirst().orElseThrow())
			.matches("\\d+,\"[^\"]+\",\"[^\"]*\",[0-9.]+,[0-9.]+,.*");

		// by unit and task area: every approved target counted once, counts as numbers
		List<String> byUnit = sheets.get("Kết quả theo đơn vị").lines().toList();
		assertThat(LibreOffice.csvRows(byUnit.get(2) + "\n").get(0)).containsExactlyElementsOf(SummaryWorkbook.BY_UNIT);
		assertThat(byUnit.subList(3, byUnit.size())).allMatch(l -> l.matches("\\d+,\"[^\"]+\",\"[^\"]+\",\\d+,\\d+,\\d+,\\d+"));
		int targets = byUnit.subList(3, byUnit.size()).stream().mapToInt(l -> Integer.parseInt(l.split(",")[l.split(",").length - 4]))
			.sum();
		assertThat(targets).isEqualTo(registrations.approvedTargets(campaign).size());

		// accidents by month: the months of the report add up to the accident module's total
		List<List<String>> months = LibreOffice.csvRows(sheets.get("TNGT theo tháng"));
		assertThat(months.get(2)).containsExactly("Tháng", "Số vụ", "Số người chết", "Số người bị thương",
				"Cùng kỳ: số vụ", "Cùng kỳ: số người chết", "Cùng kỳ: số người bị thương");
		var comparison = accidents.comparison(clerk, campaign);
		assertThat(months.subList(3, months.size()).stream().filter(r -> !r.get(1).isEmpty())
			.mapToInt(r -> Integer.parseInt(r.get(1))).sum()).isEqualTo(comparison.total().current(Criterion.CASES));
		List<List<String>> areas = LibreOffice.csvRows(sheets.get("TNGT theo địa bàn"));
		assertThat(areas.get(2).get(0)).isEqualTo("Địa bàn");
		assertThat(areas.size() - 3).isEqualTo(comparison.areas().size());

		// the ranking and the proposals: the report's tables
		List<List<String>> scores = LibreOffice.csvRows(sheets.get("Điểm thi đua"));
		SectionTable ranking = report.section(SectionKey.RANKING).table();
		assertThat(scores.get(2)).containsExactlyElementsOf(ranking.header());
		assertThat(scores.get(3).subList(0, 2)).containsExactlyElementsOf(ranking.rows().get(0).subList(0, 2));
		assertThat(scores.get(3).get(5)).isEqualTo(plain(ranking.rows().get(0).get(5)));
		List<List<String>> proposals = LibreOffice.csvRows(sheets.get("Đề nghị khen thưởng"));
		assertThat(proposals.size() - 3).isEqualTo(report.section(SectionKey.COMMENDATIONS).table().rows().size());
		assertThat(proposals.get(3).get(1)).isEqualTo(report.section(SectionKey.COMMENDATIONS).table().rows().get(0).get(1));
	}

	/** "1.050" → "1050", "78,5" → "78.5": a Vietnamese figure as Calc writes the number unformatted. */
	private static String plain(String figure) {
		return figure.replace(".", "").replace(',', '.');
	}

	private Long campaignId() {
		return campaigns.list(null).stream().filter(c -> c.planNumber().equals("06/KH-BATGT")).findFirst().orElseThrow()
			.id();
	}

	private CurrentUser account(String username, Role role) {
		UserRow row = users.activeUsersWithRole(role).stream().filter(u -> u.username().equals(username)).findFirst()
			.orElseThrow();
		return new CurrentUser(row.id(), row.username(), row.fullName(), row.unitId(), row.unitName(), row.committeeId(),
				row.roles(),
				false);
	}
}
