package vn.atgt.thidua.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.account.UserAdminService;
import vn.atgt.thidua.account.UserRow;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.support.DemoDataTest;

/**
 * The dashboard and the results on the demo data (Tam Đường 2024, the demo's day 23/12/2024): the Trưởng ban's
 * journey 6 — the third quarter against 2023, the goals, completion by task area with summed indicators, the late
 * units — printed to the log for the record.
 */
@DemoDataTest
class DashboardDemoDataTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CampaignService campaigns;

	@Autowired
	UserAdminService users;

	@Test
	void theLeaderSeesTheThirdQuarterOfTamDuong() throws Exception {
		// the Tam Đường 2024 movement (the demo also holds the province of Lai Châu's 2025 movements)
		Long campaign = campaigns.list(null).stream().filter(c -> c.planNumber().equals("06/KH-BATGT")).findFirst()
			.orElseThrow().id();
		CurrentUser leader = account("lanhdao", Role.LEADER);
		Document home = page("/", leader);
		assertThat(home.select("[data-testid=open-dashboard]").eachAttr("href"))
			.contains("/campaigns/" + campaign + "/dashboard");
		Document page = page("/campaigns/" + campaign + "/dashboard?kind=QUARTER&month=2024-09", leader);
		System.out.println("[demo dashboard] " + page.select("main").text());
		assertThat(page.select("[data-testid=period-label]").text()).isEqualTo("Kỳ: Quý III/2024");
		assertThat(page.select("[data-testid=as-of]").text()).isEqualTo("Số liệu đến ngày 23/12/2024");
		assertThat(page.select("[data-testid=goal-checks] [data-goal]")).isNotEmpty();
		assertThat(page.select("[data-testid=period-CASES]").text()).isEqualTo("6 cùng kỳ: 8 giảm 2 vụ (-25,0%)");
		assertThat(page.select("[data-testid=period-INJURED]").text()).isEqualTo("7 cùng kỳ: 7 bằng cùng kỳ");
		assertThat(page.select("[data-goal=REDUCE_DRINK_DRIVING]").text()).contains("chưa đạt").contains("tăng 1 vụ");
		assertThat(page.select("[data-testid=completion] [data-indicator]")).isNotEmpty();
		assertThat(page.select("[data-testid=late-units]").text()).startsWith("Số đơn vị chậm: ");
		Document results = page("/campaigns/" + campaign + "/results", leader);
		assertThat(results.select("[data-testid=units-table] tbody tr")).hasSize(27);
	}

	private Document page(String url, CurrentUser user) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	private CurrentUser account(String username, Role role) {
		UserRow row = users.activeUsersWithRole(role).stream().filter(u -> u.username().equals(username)).findFirst()
			.orElseThrow();
		return new CurrentUser(row.id(), row.username(), row.fullName(), row.unitId(), row.unitName(), row.committeeId(), row.roles(),
				false);
	}
}
