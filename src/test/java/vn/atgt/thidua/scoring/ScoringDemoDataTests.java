package vn.atgt.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.account.UserAdminService;
import vn.atgt.thidua.account.UserRow;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignSummary;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.report.TargetProgressRow;
import vn.atgt.thidua.support.DemoDataTest;

/**
 * The demo movement's sample score table and units' scores on the embedded H2 database: the table is marked as a
 * sample and adds up; scores exist in every state; the ranking shows the accepted units with their grades, the
 * excluded one apart, and the others with where they stand.
 */
@DemoDataTest
class ScoringDemoDataTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CampaignService campaigns;

	@Autowired
	ScoreTableService tables;

	@Autowired
	ScoringQueries queries;

	@Autowired
	UserAdminService users;

	@Autowired
	vn.atgt.thidua.report.ReportProgress reports;

	@Test
	void theDemoMovementHasASampleTableAndScoresInEveryState() throws Exception {
		Long campaign = campaigns.list(null).stream().filter(c -> c.planNumber().equals("06/KH-BATGT"))
			.map(CampaignSummary::id).findFirst().orElseThrow();
		ScoreTableView table = tables.table(campaign).orElseThrow();
		assertThat(table.sample()).isTrue();
		assertThat(table.problems()).isEmpty();
		assertThat(table.locked()).isTrue();

		CurrentUser leader = account(Role.LEADER);
		RankingPage ranking = queries.ranking(leader, campaign, null);
		assertThat(ranking.ranked()).hasSize(2);
		assertThat(ranking.ranked().get(0).grade().name()).isEqualTo("Xuất sắc");
		assertThat(ranking.ranked()).extracting(RankingPage.Row::official).containsExactlyInAnyOrder(true, false);
		assertThat(ranking.excluded()).hasSize(1);
		Set<ScoreStatus> pending = EnumSet.noneOf(ScoreStatus.class);
		ranking.pending().stream().filter(p -> p.status() != null).forEach(p -> pending.add(p.status()));
		assertThat(pending).containsExactlyInAnyOrder(ScoreStatus.SUBMITTED, ScoreStatus.RETURNED, ScoreStatus.DRAFT);

		Document page = Jsoup.parse(mvc.perform(get("/campaigns/" + campaign + "/scores")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.authentication(vn.atgt.thidua.account.internal.Principals.authenticated(leader, 0))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("[data-testid=rank-1]").text()).contains("Xuất sắc");
		assertThat(page.select("[data-testid=ranking]").text()).contains("Kết quả chính thức",
				"Điểm thẩm định (chưa có kết quả chính thức)");
		assertThat(page.select("[data-testid=excluded]").text()).contains("đặc biệt nghiêm trọng");
		assertThat(page.text()).contains("Bảng điểm mẫu");
	}

	/** The leadership dashboard shows the ranking's top (and the proposals in the pipeline) from the demo's scores. */
	@Test
	void theDashboardShowsTheRankingsTop() throws Exception {
		Long campaign = campaigns.list(null).stream().filter(c -> c.planNumber().equals("06/KH-BATGT"))
			.map(CampaignSummary::id).findFirst().orElseThrow();
		CurrentUser leader = account(Role.LEADER);
		RankingPage.Row first = queries.ranking(leader, campaign, null).ranked().get(0);
		Document page = Jsoup.parse(mvc.perform(get("/campaigns/" + campaign + "/dashboard")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.authentication(vn.atgt.thidua.account.internal.Principals.authenticated(leader, 0))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.text()).contains("Xếp hạng thi đua (5 đơn vị dẫn đầu)", "1. " + first.unitName(),
				"Xuất sắc", "Đề nghị khen thưởng theo trạng thái", "Đã có quyết định khen thưởng");
		assertThat(page.select("a[href=/scores/" + first.scoreId() + "]")).isNotEmpty();
	}

	/**
	 * The demo's lines that data can inform show their suggested points with the figures behind them and the rule;
	 * the figures are those the report module's door gives for the unit, and the unit's own points stay its own.
	 */
	@Test
	void theScorePageSuggestsPointsFromTheUnitsDataWithTheFiguresAndTheRule() throws Exception {
		Long campaign = campaigns.list(null).stream().filter(c -> c.planNumber().equals("06/KH-BATGT"))
			.map(CampaignSummary::id).findFirst().orElseThrow();
		CurrentUser leader = account(Role.LEADER);
		RankingPage.Row police = queries.ranking(leader, campaign, null).ranked().stream()
			.filter(RankingPage.Row::official).findFirst().orElseThrow();
		ScoreTableView table = tables.table(campaign).orElseThrow();
		CriterionView propaganda = table.criteria().stream().filter(c -> c.number().equals("2.1")).findFirst()
			.orElseThrow();
		assertThat(propaganda.rule()).isEqualTo(SuggestionRule.TARGETS);
		List<TargetProgressRow> targets = reports.progress(campaign, police.unitId()).stream()
			.filter(r -> propaganda.taskAreaId().equals(r.taskAreaId())).toList();
		long met = targets.stream().filter(r -> r.outcome().isSuccess()).count();

		Document page = Jsoup.parse(mvc.perform(get("/scores/" + police.scoreId())
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.authentication(vn.atgt.thidua.account.internal.Principals.authenticated(leader, 0))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		String suggestion = page.select("[data-testid='suggestion-2.1']").text();
		assertThat(targets).isNotEmpty();
		assertThat(suggestion).contains(met + "/" + targets.size() + " chỉ tiêu đã duyệt của lĩnh vực",
				"Cách tính: điểm tối đa × số chỉ tiêu đạt ÷ số chỉ tiêu đã duyệt của lĩnh vực.");
		assertThat(page.select("[data-testid='suggestion-1.2']").text()).contains("báo cáo đến hạn gửi đúng hạn",
				"Cách tính: điểm tối đa × số báo cáo đúng hạn");
		assertThat(page.select("[data-testid='suggestion-5.']").text()).contains("Cách tính: điểm tối đa × số chỉ tiêu");
		assertThat(page.select("[data-testid='suggestion-a)']").text()).contains("lần",
				"mỗi báo cáo gửi trễ hoặc chưa gửi");
		assertThat(page.select("[data-testid='suggestion-4.']").text()).contains("điểm đen",
				"Cách tính: điểm tối đa × số điểm đã xử lý xong");
		assertThat(page.select("[data-testid='suggestion-1.1']")).isEmpty();
		assertThat(queries.scorePage(leader, police.scoreId()).score().line(propaganda.id()).selfPoints())
			.as("a suggestion is never written into the score").isEqualByComparingTo("14");
	}

	private CurrentUser account(Role role) {
		// Tam Đường's (the demo also holds the province of Lai Châu's committees and their people)
		UserRow row = users.activeUsersWithRole(role).stream()
			.filter(u -> List.of("lanhdao", "thuongtruc", "admin").contains(u.username()))
			.findFirst()
			.orElseThrow();
		return new CurrentUser(row.id(), row.username(), row.fullName(), row.unitId(), row.unitName(), row.committeeId(), row.roles(),
				false);
	}
}
