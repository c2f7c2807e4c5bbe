package vn.atgt.thidua.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.nio.file.Path;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.account.UserAdminService;
import vn.atgt.thidua.account.UserRow;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.document.CampaignDocuments;
import vn.atgt.thidua.support.DemoDataTest;
import vn.atgt.thidua.support.LibreOffice;
import vn.atgt.thidua.support.TestUsers;

/**
 * Issue 18, items 2 and 3, on the demo's province: Lai Châu's Ban ATGT reads its two communes' movements (the roll-up,
 * the drill-down, their campaign pages) and changes none of them; a commune reads neither the province's nor its
 * sibling's; the system administrator sees no unit data; the communes' launch plans cite the province's.
 */
@DemoDataTest
class RollupTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserAdminService users;

	@Autowired
	TestUsers testUsers;

	@Autowired
	CampaignDocuments documents;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@TempDir
	Path workDir;

	Long provinceCampaign;
	Long banBo;
	Long binhLu;
	CurrentUser provinceOffice;
	CurrentUser provinceLeader;
	CurrentUser banBoOffice;

	@BeforeEach
	void province() {
		provinceCampaign = id("select id from campaigns where plan_number = '45/KH-BATGT'");
		banBo = id("select id from campaigns where follows_campaign_id = " + provinceCampaign
				+ " and plan_number = '12/KH-BATGT'");
		binhLu = id("select id from campaigns where follows_campaign_id = " + provinceCampaign
				+ " and plan_number = '08/KH-BATGT'");
		provinceOffice = account("thuongtructinh", Role.STANDING_OFFICE);
		provinceLeader = account("lanhdaotinh", Role.LEADER);
		banBoOffice = account("thuongtrucbanbo", Role.STANDING_OFFICE);
	}

	@Test
	void theProvinceSeesWhichCommunesLaunchedTheirMovementAndWhen() throws Exception {
		Document page = page("/rollup", provinceOffice);
		assertThat(page.select("[data-testid=rollup-children]").text()).contains("Ban An toàn giao thông xã Bản Bo",
				"Ban An toàn giao thông xã Bình Lư");
		assertThat(page.select("[data-testid=rollup-launch]").eachText()).containsExactly(
				"Ban An toàn giao thông xã Bản Bo: Kế hoạch 12/KH-BATGT ngày 25/07/2025",
				"Ban An toàn giao thông xã Bình Lư: Kế hoạch 08/KH-BATGT ngày 01/08/2025");
		assertThat(page.select("[data-testid=rollup-link]")).hasSize(1);
	}

	@Test
	void theRollUpShowsEachCommuneAndTheTotalAgainstTheBaseline() throws Exception {
		Document page = page("/rollup/" + provinceCampaign, provinceLeader);
		assertThat(page.select("[data-testid=rollup-launched]").text()).isEqualTo("2/2 cơ quan đã phát động");
		assertThat(page.select("[data-testid=rollup-row]")).hasSize(2);
		String banBoRow = page.select("[data-committee='Ban An toàn giao thông xã Bản Bo']").text();
		// Bản Bo: Aug–Nov 2025 2 cases, 1 death, 1 injured against 5 cases, 2 deaths, 5 injured in 2024
		assertThat(banBoRow).contains("Xã Bản Bo", "12/KH-BATGT", "giảm 3 vụ (-60,0%)", "giảm 1 người (-50,0%)",
				"giảm 4 người (-80,0%)", "4 đơn vị, 2 đã đăng ký (2 được duyệt)", "3 đúng hạn, 1 trễ hạn");
		String total = page.select("[data-testid=rollup-total]").text();
		// with Bình Lư: 4 cases, 1 death, 4 injured against 9 cases, 3 deaths, 8 injured
		assertThat(total).contains("giảm 5 vụ (-55,6%)", "giảm 2 người (-66,7%)", "giảm 4 người (-50,0%)",
				"8 đơn vị, 4 đã đăng ký (4 được duyệt)", "6 đúng hạn, 2 trễ hạn");
	}

	@Test
	void theRollUpDownloadsAsASpreadsheetWithNumbers() throws Exception {
		byte[] xlsx = mvc.perform(get("/rollup/" + provinceCampaign + "/export").with(as(provinceOffice)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		String sheet = LibreOffice.sheetText(xlsx, workDir);
		assertThat(sheet).contains("Số vụ cùng kỳ", "Số người bị thương", "Báo cáo đúng hạn",
				"Ban An toàn giao thông xã Bản Bo", "Tổng cộng");
		System.out.println(sheet);
		// numbers as numbers: the total's cases, baseline cases, deaths, baseline deaths, injured, baseline injured
		assertThat(sheet.lines().filter(l -> l.contains("Tổng cộng")).findFirst().orElseThrow())
			.contains("4,9,1,3,4,8");
	}

	@Test
	void theProvinceDrillsDownAndReadsACommunesCampaignPages() throws Exception {
		Document child = page("/rollup/children/" + banBo, provinceOffice);
		assertThat(child.select("[data-testid=campaign-title]").text()).contains("xã Bản Bo");
		assertThat(child.select("[data-testid=child-completion]").text()).startsWith("2 chỉ tiêu");
		Document overview = page("/campaigns/" + banBo, provinceLeader);
		assertThat(overview.text()).contains("12/KH-BATGT");
		assertThat(overview.select("form[action*=activate], form[action*=close], a[href$=/edit]")).isEmpty();
	}

	@Test
	void theProvinceChangesNothingOfItsCommunes() throws Exception {
		Long report = id("select min(id) from progress_reports where campaign_id = " + banBo);
		String reportStatus = jdbc.queryForObject("select status from progress_reports where id = ?", String.class,
				report);
		for (String url : List.of("/campaigns/" + banBo + "/edit", "/campaigns/" + banBo + "/close",
				"/campaigns/" + banBo + "/clone", "/campaigns/" + banBo + "/accidents/2025-08/reopen",
				"/campaigns/" + banBo + "/accidents/2025-12", "/reports/" + report + "/accept",
				"/reports/" + report + "/return", "/reports/" + report + "/submit")) {
			for (CurrentUser user : List.of(provinceOffice, provinceLeader)) {
				int status = mvc.perform(post(url).with(as(user)).with(csrf()).param("version", "0")
					.param("reason", "thử")).andReturn().getResponse().getStatus();
				assertThat(status).as(url + " as " + user.username()).isIn(403, 404);
			}
		}
		assertThat(jdbc.queryForObject("select status from campaigns where id = ?", String.class, banBo))
			.isEqualTo("ACTIVE");
		assertThat(jdbc.queryForObject("select status from progress_reports where id = ?", String.class, report))
			.isEqualTo(reportStatus);
	}

	@Test
	void aCommuneReadsNeitherTheProvinceNorItsSibling() throws Exception {
		for (String url : List.of("/rollup/" + provinceCampaign, "/rollup/children/" + binhLu,
				"/campaigns/" + provinceCampaign, "/campaigns/" + binhLu, "/campaigns/" + binhLu + "/dashboard",
				"/rollup/" + provinceCampaign + "/export")) {
			assertThat(mvc.perform(get(url).with(as(banBoOffice))).andReturn().getResponse().getStatus())
				.as(url).isIn(403, 404);
		}
		Document own = page("/campaigns", banBoOffice);
		assertThat(own.text()).contains("12/KH-BATGT").doesNotContain("08/KH-BATGT").doesNotContain("45/KH-BATGT")
			.doesNotContain("06/KH-BATGT");
	}

	@Test
	void aStrangerOrTheSystemAdministratorSeesNoRollUp() throws Exception {
		CurrentUser sysadmin = testUsers.systemAdmin();
		CurrentUser tamDuong = account("thuongtruc", Role.STANDING_OFFICE);
		for (CurrentUser user : List.of(sysadmin, tamDuong)) {
			for (String url : List.of("/rollup/" + provinceCampaign, "/rollup/children/" + banBo,
					"/campaigns/" + banBo)) {
				assertThat(mvc.perform(get(url).with(as(user))).andReturn().getResponse().getStatus())
					.as(url + " as " + user.username()).isIn(403, 404);
			}
		}
		assertThat(mvc.perform(get("/rollup").with(as(sysadmin))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(page("/rollup", tamDuong).select("[data-testid=rollup-children]")).isEmpty();
	}

	@Test
	void theSystemAdministratorPlacesACommitteeUnderAnotherButNeverInACycle() throws Exception {
		Long province = id("select committee_id from campaigns where id = " + provinceCampaign);
		Long commune = id("select committee_id from campaigns where id = " + banBo);
		var c = jdbc.queryForMap("select * from committees where id = ?", province);
		String body = mvc.perform(post("/admin/committees/" + province).with(as(testUsers.systemAdmin()))
			.with(csrf()).param("name", (String) c.get("name")).param("areaId", String.valueOf(c.get("area_id")))
			.param("parentBody", (String) c.get("parent_body")).param("issuingBody", (String) c.get("issuing_body"))
			.param("issuerCode", (String) c.get("issuer_code")).param("placeName", (String) c.get("place_name"))
			.param("signerTitle", (String) c.get("signer_title")).param("signerName", (String) c.get("signer_name"))
			.param("kind", "POLICE").param("parentId", String.valueOf(commune))
			.param("version", String.valueOf(c.get("version"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(body).select("#parentId.is-invalid")).hasSize(1);
		assertThat(body).contains("Không thể đặt Ban ATGT dưới chính nó");
		assertThat(jdbc.queryForObject("select parent_committee_id from committees where id = ?", Long.class,
				province)).isNull();
		assertThat(jdbc.queryForObject("select kind from committees where id = ?", String.class, province))
			.isEqualTo("BAN_ATGT");
	}

	@Test
	void theCommunesLaunchPlanCitesTheProvincesPlan() {
		String text = String.valueOf(documents.launchPlanDocument(banBoOffice, banBo));
		assertThat(text).contains("Căn cứ Kế hoạch số 45/KH-BATGT ngày 15/07/2025 của Ban An toàn giao thông tỉnh "
				+ "Lai Châu về phát động phong trào thi đua bảo đảm trật tự, an toàn giao thông 6 tháng cuối năm 2025");
	}

	@Test
	void theRollUpReadsAConstantNumberOfStatements() throws Exception {
		long withTwo = statements("/rollup/" + provinceCampaign);
		long overview = statements("/rollup");
		System.out.printf("Roll-up statements: %d (two communes), overview %d%n", withTwo, overview);
		// the campaign, its committee, the children, their followers, two sums, the session's user: never per commune
		assertThat(withTwo).isLessThanOrEqualTo(10);
		assertThat(overview).isLessThanOrEqualTo(8);
	}

	private long statements(String url) throws Exception {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		try {
			statistics.clear();
			page(url, provinceOffice);
			return statistics.getPrepareStatementCount();
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

	private Document page(String url, CurrentUser user) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	private Long id(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

	private CurrentUser account(String username, Role role) {
		UserRow row = users.activeUsersWithRole(role).stream().filter(u -> u.username().equals(username)).findFirst()
			.orElseThrow();
		return new CurrentUser(row.id(), row.username(), row.fullName(), row.unitId(), row.unitName(),
				row.committeeId(), row.roles(), false);
	}
}
