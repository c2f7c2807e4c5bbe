package vn.atgt.thidua.accident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.accident.AccidentFixture.Ban;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The comparison page against figures computed by hand: a town and two communes, months July to December 2024
 * counted by the police (15th to 14th) against the same months of 2023; a baseline of 0, a month without figures, a
 * draft that does not count, a baseline given only for the whole district, and the cumulative sums.
 */
@ThiDuaIntegrationTest
class AccidentComparisonPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccidentFixture fixture;

	@Autowired
	AccidentService accidents;

	/**
	 * The dashboard reads the comparison without the communes' rows, each month summed by the database: the same
	 * months, cumulative sums and goal checks as the comparison page's, a month given only for the whole district and
	 * a class of cases left blank included (summed by the page as "unknown").
	 */
	@Test
	void theDatabasesMonthSumsAreTheComparisonsOwn() {
		Ban ban = aYearOfFigures();
		fixture.confirmed(ban, "2024-10", new AccidentFigures(3, 0, 1, 0, 1, 0, 0, 1, 1, 0),
				new AccidentFigures(1, 0, 0, 0, 0, 0, 0, 0, 1, 0), new AccidentFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
		AccidentComparison whole = accidents.comparison(users.leader(), ban.campaignId());
		AccidentComparison totals = accidents.comparisonTotals(users.leader(), ban.campaignId());
		assertThat(totals.months()).isEqualTo(whole.months());
		assertThat(totals.total()).isEqualTo(whole.total());
		assertThat(totals.goals()).isEqualTo(whole.goals());
		assertThat(totals.areas()).isEmpty();
		assertThat(whole.areas()).isNotEmpty();
		// September 2024 has a line without classes of cases: unknown in the sum; October's are known
		assertThat(month(totals, "2024-09").verySeriousCases()).isNull();
		assertThat(month(totals, "2024-10").seriousCases()).isEqualTo(2);
		assertThat(month(totals, "2024-10").cases()).isEqualTo(4);
	}

	private static AccidentFigures month(AccidentComparison comparison, String key) {
		return comparison.months().stream().filter(m -> m.period().key().equals(key)).findFirst().orElseThrow()
			.comparison().current();
	}

	static AccidentFigures f(int cases, int deaths, int injured) {
		return AccidentFigures.of(cases, deaths, injured);
	}

	/**
	 * 2023: July (4, 1, 3), August (3, 1, 3), September 0 for the whole district only, October (5, 2, 4) for the whole
	 * district, no November, December (2, 1, 1). 2024: July (3, 0, 3), August (4, 1, 5), September (2, 0, 2) with one
	 * drink-driving case and 3 collisions, no October, November (1, 0, 1), December a draft (9, 9, 9).
	 */
	Ban aYearOfFigures() {
		Ban ban = fixture.ban(2);
		fixture.confirmed(ban, "2023-07", f(3, 1, 2), f(1, 0, 1));
		fixture.confirmed(ban, "2023-08", f(2, 0, 3), AccidentFigures.ZERO, f(1, 1, 0));
		fixture.confirmedWhole(ban, "2023-09", AccidentFigures.ZERO);
		fixture.confirmedWhole(ban, "2023-10", f(5, 2, 4));
		fixture.confirmed(ban, "2023-12", f(2, 1, 1));
		fixture.confirmed(ban, "2024-07", f(2, 0, 2), f(1, 0, 1));
		fixture.confirmed(ban, "2024-08", f(3, 1, 4), f(1, 0, 0), f(0, 0, 1));
		fixture.confirmed(ban, "2024-09", new AccidentFigures(2, 0, 2, 1, 0, 0, 3, null, null, null));
		fixture.confirmed(ban, "2024-11", f(1, 0, 1));
		fixture.saved(ban, "2024-12", f(9, 9, 9));
		return ban;
	}

	@Test
	void eachMonthIsComparedWithTheSameMonthOfTheBaselineYear() throws Exception {
		Document page = page(aYearOfFigures(), "", users.leader());
		assertThat(cell(page, "months", "2024-07", "CASES")).isEqualTo("3 cùng kỳ: 4 giảm 1 vụ (-25,0%)");
		assertThat(cell(page, "months", "2024-07", "DEATHS")).isEqualTo("0 cùng kỳ: 1 giảm 1 người (-100,0%)");
		assertThat(cell(page, "months", "2024-07", "INJURED")).isEqualTo("3 cùng kỳ: 3 bằng cùng kỳ");
		assertThat(cell(page, "months", "2024-08", "CASES")).isEqualTo("4 cùng kỳ: 3 tăng 1 vụ (+33,3%)");
		assertThat(cell(page, "months", "2024-08", "DEATHS")).isEqualTo("1 cùng kỳ: 1 bằng cùng kỳ");
		assertThat(cell(page, "months", "2024-08", "INJURED")).isEqualTo("5 cùng kỳ: 3 tăng 2 người (+66,7%)");
	}

	@Test
	void aRiseFromZeroHasNoPercentage() throws Exception {
		Document page = page(aYearOfFigures(), "", users.leader());
		assertThat(cell(page, "months", "2024-09", "CASES")).isEqualTo("2 cùng kỳ: 0 tăng 2 vụ");
		assertThat(cell(page, "months", "2024-09", "DEATHS")).isEqualTo("0 cùng kỳ: 0 bằng cùng kỳ");
		assertThat(cell(page, "months", "2024-09", "INJURED")).isEqualTo("2 cùng kỳ: 0 tăng 2 người");
		assertThat(cell(page, "months-others", "2024-09", "DRINK_DRIVING")).isEqualTo("1 cùng kỳ: 0 tăng 1 vụ");
		assertThat(cell(page, "months-others", "2024-09", "COLLISIONS")).isEqualTo("3 cùng kỳ: 0 tăng 3 vụ");
	}

	@Test
	void aMonthWithoutConfirmedFiguresIsNoFiguresNeverZero() throws Exception {
		Document page = page(aYearOfFigures(), "", users.leader());
		assertThat(cell(page, "months", "2024-10", "CASES")).isEqualTo("chưa có số liệu");
		assertThat(cell(page, "months", "2024-11", "CASES")).isEqualTo("1 cùng kỳ: chưa có số liệu");
		assertThat(cell(page, "months", "2024-12", "CASES")).isEqualTo("chưa có số liệu");
		assertThat(row(page, "months", "2024-12")).contains("Tháng 12/2024 (15/11–14/12/2024)", "Đang nhập");
		assertThat(row(page, "months", "2024-10")).contains("Chưa nhập");
		assertThat(page.select("canvas[data-testid=accident-chart]").attr("data-chart")).isEqualTo("{\"labels\":"
				+ "[\"7/2024\",\"8/2024\",\"9/2024\",\"10/2024\",\"11/2024\",\"12/2024\"],"
				+ "\"cases\":[3,4,2,null,1,null],\"baselineCases\":[4,3,0,5,null,2],"
				+ "\"deaths\":[0,1,0,null,0,null],\"baselineDeaths\":[1,1,0,2,null,1],"
				+ "\"injured\":[3,5,2,null,1,null],\"baselineInjured\":[3,3,0,4,null,1]}");
	}

	@Test
	void theCumulativeSumAddsTheConfirmedPoliceMonthsSinceTheStart() throws Exception {
		Document page = page(aYearOfFigures(), "", users.leader());
		assertThat(cell(page, "months-cumulative", "2024-08", "CASES")).isEqualTo("7 cùng kỳ: 7 bằng cùng kỳ");
		assertThat(cell(page, "months-cumulative", "2024-08", "DEATHS")).isEqualTo("1 cùng kỳ: 2 giảm 1 người (-50,0%)");
		assertThat(cell(page, "months-cumulative", "2024-08", "INJURED")).isEqualTo("8 cùng kỳ: 6 tăng 2 người (+33,3%)");
		assertThat(cell(page, "months-cumulative", "2024-09", "CASES")).isEqualTo("9 cùng kỳ: 7 tăng 2 vụ (+28,6%)");
		assertThat(cell(page, "months-cumulative", "2024-09", "INJURED")).isEqualTo("10 cùng kỳ: 6 tăng 4 người (+66,7%)");
		// October has no figures: the sum stays that of July–September, over 3 of 4 months
		assertThat(cell(page, "months-cumulative", "2024-10", "CASES")).isEqualTo("9 cùng kỳ: 7 tăng 2 vụ (+28,6%)");
		assertThat(row(page, "months-cumulative", "2024-10")).contains("chỉ tính 3/4 tháng có số liệu đã xác nhận");
		// November's baseline is missing: from then on the sum has no baseline to compare with
		assertThat(cell(page, "months-cumulative", "2024-11", "CASES")).isEqualTo("10 cùng kỳ: chưa có số liệu");
		assertThat(page.select("[data-testid=cumulative-heading]").text())
			.isEqualTo("Lũy kế từ tháng 7/2024 đến hết tháng 11/2024");
		assertThat(page.select("[data-testid=cumulative] tr[data-criterion=CASES]").text())
			.isEqualTo("Số vụ 10 chưa có số liệu");
	}

	@Test
	void goalChecksAreNotYetKnownWhileTheBaselineIsIncomplete() throws Exception {
		Document page = page(aYearOfFigures(), "", users.leader());
		assertThat(goal(page, "REDUCE_CASES")).endsWith("chưa xác định (chưa đủ số liệu đã xác nhận)");
		assertThat(goal(page, "REDUCE_DRINK_DRIVING")).endsWith("chưa xác định (chưa đủ số liệu đã xác nhận)");
		assertThat(goal(page, "NO_ESPECIALLY_SERIOUS"))
			.isEqualTo("Không để xảy ra tai nạn giao thông đặc biệt nghiêm trọng: đạt (0 vụ)");
		assertThat(page.select("[data-testid=goal-checks]").text())
			.contains("Tính theo số liệu đã xác nhận của 4/6 tháng, đến hết tháng 11/2024.");
	}

	@Test
	void goalChecksShowTheNumbersBehindTheVerdict() throws Exception {
		Ban ban = fixture.ban(1);
		fixture.confirmed(ban, "2023-07", new AccidentFigures(4, 1, 3, 1, 0, 0, 0, null, null, null));
		fixture.confirmed(ban, "2023-08", f(3, 1, 3));
		fixture.confirmed(ban, "2024-07", f(3, 0, 3));
		fixture.confirmed(ban, "2024-08", new AccidentFigures(4, 3, 5, 0, 1, 0, 0, null, null, null));
		Document page = page(ban, "", users.leader());
		assertThat(goal(page, "REDUCE_CASES"))
			.isEqualTo("Kéo giảm số vụ tai nạn giao thông so với năm 2023: chưa đạt (7 vụ so với 7 vụ cùng kỳ, bằng cùng kỳ)");
		assertThat(goal(page, "REDUCE_DEATHS")).isEqualTo("Kéo giảm số người chết do tai nạn giao thông so với năm "
				+ "2023: chưa đạt (3 người so với 2 người cùng kỳ, tăng 1 người (+50,0%))");
		assertThat(goal(page, "REDUCE_DRINK_DRIVING")).endsWith("đạt (0 vụ so với 1 vụ cùng kỳ, giảm 1 vụ (-100,0%))");
		assertThat(goal(page, "NO_ESPECIALLY_SERIOUS")).endsWith("chưa đạt (1 vụ)");
		assertThat(goal(page, "NO_COMMERCIAL_TRANSPORT")).endsWith("đạt (0 vụ)");
		assertThat(page.select("[data-testid=goal-checks]").text())
			.contains("Tính theo số liệu đã xác nhận của 2/6 tháng, đến hết tháng 8/2024.");
	}

	@Test
	void figuresAreShownByAreaForAMonthOrSinceTheStart() throws Exception {
		Ban ban = aYearOfFigures();
		Document august = page(ban, "?scope=2024-08", users.leader());
		assertThat(areaCell(august, ban.townId(), "CASES")).isEqualTo("3 cùng kỳ: 2 tăng 1 vụ (+50,0%)");
		assertThat(areaCell(august, ban.communeIds().get(0), "CASES")).isEqualTo("1 cùng kỳ: 0 tăng 1 vụ");
		assertThat(areaCell(august, ban.communeIds().get(1), "CASES")).isEqualTo("0 cùng kỳ: 1 giảm 1 vụ (-100,0%)");
		assertThat(august.select("[data-testid=by-area] tr[data-area=total] td[data-criterion=CASES]").text())
			.isEqualTo("4 cùng kỳ: 3 tăng 1 vụ (+33,3%)");
		// September's baseline was given only for the whole district: no baseline by commune, but one in total
		Document september = page(ban, "?scope=2024-09", users.leader());
		assertThat(areaCell(september, ban.townId(), "CASES")).isEqualTo("2 cùng kỳ: chưa có số liệu");
		assertThat(september.select("[data-testid=by-area] tr[data-area=total] td[data-criterion=CASES]").text())
			.isEqualTo("2 cùng kỳ: 0 tăng 2 vụ");
		Document all = page(ban, "", users.leader());
		assertThat(areaCell(all, ban.townId(), "CASES")).isEqualTo("8 cùng kỳ: chưa có số liệu");
		assertThat(all.select("[data-testid=by-area] tr[data-area=" + ban.townId() + "] th").text()).endsWith("(4/6 tháng)");
	}

	@Test
	void aPageOfTheAreasShowsItsOwnAreasWithTheirFiguresAndTheWholeTotal() throws Exception {
		Ban ban = aYearOfFigures();
		Document whole = page(ban, "?scope=2024-08", users.leader());
		Document second = page(ban, "?scope=2024-08&size=1&page=1", users.leader());
		// only the lines of the page's areas are read: the second area's row as on the whole table, the others absent
		assertThat(second.select("[data-testid=by-area] tr[data-area]").not("[data-area=total]")).hasSize(1);
		String shown = second.select("[data-testid=by-area] tr[data-area]").first().attr("data-area");
		assertThat(whole.select("[data-testid=by-area] tr[data-area]").get(1).attr("data-area")).isEqualTo(shown);
		assertThat(areaCell(second, Long.valueOf(shown), "CASES")).isEqualTo(areaCell(whole, Long.valueOf(shown), "CASES"))
			.isNotEmpty();
		// the total row and the months' table are the district's, whatever the page
		assertThat(second.select("[data-testid=by-area] tr[data-area=total] td[data-criterion=CASES]").text())
			.isEqualTo("4 cùng kỳ: 3 tăng 1 vụ (+33,3%)");
		assertThat(cell(second, "months", "2024-08", "CASES")).isEqualTo(cell(whole, "months", "2024-08", "CASES"));
	}

	@Test
	void calendarMonthsAreComparedTheSameWay() throws Exception {
		Ban ban = fixture.ban(1, vn.atgt.thidua.campaign.AccidentPeriodConvention.CALENDAR_MONTH,
				vn.atgt.thidua.campaign.CampaignGoals.all());
		fixture.confirmed(ban, "2023-12", f(4, 0, 0));
		fixture.confirmed(ban, "2024-12", f(3, 0, 0));
		Document page = page(ban, "", users.leader());
		assertThat(row(page, "months", "2024-12")).contains("Tháng 12/2024 (1/12–31/12/2024)");
		assertThat(cell(page, "months", "2024-12", "CASES")).isEqualTo("3 cùng kỳ: 4 giảm 1 vụ (-25,0%)");
		assertThat(page.select("[data-testid=months] tr[data-month]")).hasSize(7);
	}

	@Test
	void theEntryLinksAreOfferedOnlyToThoseWhoEnterFigures() throws Exception {
		Ban ban = fixture.ban(1);
		assertThat(page(ban, "", fixture.police(ban)).select("[data-testid=enter-links] a")).hasSize(6 + 12);
		assertThat(page(ban, "", users.office()).select("[data-testid=enter-links]")).isNotEmpty();
		assertThat(page(ban, "", fixture.otherUnit(ban)).select("[data-testid=enter-links]")).isEmpty();
		assertThat(page(ban, "", users.leader()).select("[data-testid=enter-links]")).isEmpty();
	}

	Document page(Ban ban, String query, CurrentUser user) throws Exception {
		String html = mvc.perform(get("/campaigns/" + ban.campaignId() + "/accidents" + query).with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	static String row(Document page, String table, String month) {
		return page.select("[data-testid=" + table + "] tr[data-month=" + month + "]").text();
	}

	static String cell(Document page, String table, String month, String criterion) {
		return page.select("[data-testid=" + table + "] tr[data-month=" + month + "] td[data-criterion=" + criterion + "]")
			.text();
	}

	static String areaCell(Document page, Long areaId, String criterion) {
		return page.select("[data-testid=by-area] tr[data-area=" + areaId + "] td[data-criterion=" + criterion + "]")
			.text();
	}

	static String goal(Document page, String goal) {
		return page.select("[data-testid=goal-checks] li[data-goal=" + goal + "]").text();
	}
}
