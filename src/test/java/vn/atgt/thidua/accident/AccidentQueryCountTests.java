package vn.atgt.thidua.accident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.accident.AccidentFixture.Ban;
import vn.atgt.thidua.campaign.AccidentPeriodConvention;
import vn.atgt.thidua.campaign.CampaignGoals;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The comparison page reads aggregates, not entities row by row: a town with 12 communes (14 areas with the district)
 * over 12 months and their baseline issues as many SQL statements as a town with one commune over 2 months.
 */
@ThiDuaIntegrationTest
class AccidentQueryCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccidentFixture fixture;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void theComparisonPageIssuesAConstantNumberOfStatements() throws Exception {
		Ban small = fixture.ban(1, AccidentPeriodConvention.POLICE_15_TO_14, CampaignGoals.all(),
				LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 29));
		fillEveryMonth(small, 2);
		Ban large = fixture.ban(12, AccidentPeriodConvention.POLICE_15_TO_14, CampaignGoals.all(),
				LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
		fillEveryMonth(large, 12);
		// each ban is a committee of its own, sealed from the other: each is read by its own leader
		long smallCount = statements(small, users.leader(small.committeeId()));
		long largeCount = statements(large, users.leader(large.committeeId()));
		assertThat(largeCount).isEqualTo(smallCount);
		assertThat(largeCount).isLessThanOrEqualTo(12);
		assertThat(statements(large, fixture.police(large))).isLessThanOrEqualTo(largeCount + 1);
	}

	/**
	 * The by-area table comes in pages (a province has 170 communes): each area on one page only, the total row on
	 * every page, the same statements for any page.
	 */
	@Test
	void theByAreaTableIsPagedWithItsTotalOnEveryPage() throws Exception {
		Ban ban = fixture.ban(12, AccidentPeriodConvention.POLICE_15_TO_14, CampaignGoals.all(),
				LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31));
		fillEveryMonth(ban, 3);
		CurrentUser leader = users.leader(ban.committeeId());
		String url = "/campaigns/" + ban.campaignId() + "/accidents?size=5";
		Document first = page(url, leader);
		assertThat(first.select("[data-testid=by-area-pages]").text()).contains("Trang 1/3", "13 địa bàn");
		List<String> areas = new ArrayList<>();
		for (int p = 0; p < 3; p++) {
			Document page = page(url + "&page=" + p, leader);
			areas.addAll(page.select("[data-testid=by-area] tbody tr[data-area]").eachAttr("data-area"));
			assertThat(page.select("[data-testid=by-area] tfoot tr[data-area=total]").text())
				.isEqualTo(first.select("[data-testid=by-area] tfoot tr[data-area=total]").text());
		}
		assertThat(areas).doesNotHaveDuplicates().hasSize(13);
		assertThat(statements(ban, leader, "?size=5&page=2")).isEqualTo(statements(ban, leader, "?size=5"));
	}

	private Document page(String url, CurrentUser user) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	private void fillEveryMonth(Ban ban, int months) {
		AccidentFigures[] figures = new AccidentFigures[ban.areaIds().size()];
		for (int i = 0; i < figures.length; i++) {
			figures[i] = AccidentFigures.of(i % 3, i % 2, i % 4);
		}
		for (int m = 1; m <= months; m++) {
			fixture.confirmed(ban, String.format("2023-%02d", m), figures);
			fixture.confirmed(ban, String.format("2024-%02d", m), figures);
		}
	}

	private long statements(Ban ban, CurrentUser user) throws Exception {
		return statements(ban, user, "");
	}

	private long statements(Ban ban, CurrentUser user, String query) throws Exception {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		mvc.perform(get("/campaigns/" + ban.campaignId() + "/accidents" + query).with(as(user)))
			.andExpect(status().isOk());
		boolean wasEnabled = statistics.isStatisticsEnabled();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		try {
			mvc.perform(get("/campaigns/" + ban.campaignId() + "/accidents" + query).with(as(user)))
				.andExpect(status().isOk());
			return statistics.getPrepareStatementCount();
		}
		finally {
			statistics.setStatisticsEnabled(wasEnabled);
		}
	}
}
