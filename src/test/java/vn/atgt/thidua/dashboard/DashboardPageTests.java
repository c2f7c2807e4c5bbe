package vn.atgt.thidua.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.monitoring.MonitoringFixture;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The dashboard of a movement built by hand ({@link DashboardFixture}), read on 10/10/2024 as a leader sees it: every
 * figure asserted, and who may open it.
 */
@ThiDuaIntegrationTest
class DashboardPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DashboardFixture fixture;

	@Autowired
	TestUsers users;

	@Autowired
	MutableClock clock;

	DashboardFixture.Story story;

	@BeforeEach
	void build() {
		story = fixture.story();
		clock.setInstant(MonitoringFixture.at(10, 10, 12, 0));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theQuarterShowsTheGoalsTheAccidentsAgainst2023AndTheChart() throws Exception {
		Document page = page(story.dashboard() + "?kind=QUARTER&month=2024-08", users.leader());
		assertThat(page.select("[data-testid=period-label]").text()).isEqualTo("Kỳ: Quý III/2024");
		assertThat(page.select("[data-testid=as-of]").text()).isEqualTo("Số liệu đến ngày 10/10/2024");
		assertThat(page.select("[data-testid=committee]").text()).startsWith("Ban ATGT Huyện theo dõi");

		assertThat(goal(page, "REDUCE_CASES")).contains("đạt").contains("giảm 1 vụ (-11,1%)");
		assertThat(goal(page, "REDUCE_DEATHS")).contains("đạt").contains("giảm 1 người (-33,3%)");
		assertThat(goal(page, "REDUCE_INJURED")).contains("chưa đạt").contains("bằng cùng kỳ");
		assertThat(goal(page, "NO_ESPECIALLY_SERIOUS")).contains("đạt (0 vụ)");

		assertThat(cell(page, "period-CASES")).isEqualTo("8 cùng kỳ: 9 giảm 1 vụ (-11,1%)");
		assertThat(cell(page, "period-DEATHS")).isEqualTo("2 cùng kỳ: 3 giảm 1 người (-33,3%)");
		assertThat(cell(page, "period-INJURED")).isEqualTo("5 cùng kỳ: 5 bằng cùng kỳ");
		assertThat(page.select("[data-testid=accident-table] thead th").eachText())
			.containsExactly("Tiêu chí", "Quý III/2024", "Lũy kế tháng 7/2024 – tháng 9/2024");
		assertThat(page.select("[data-testid=period-CASES] a").attr("href"))
			.isEqualTo("/campaigns/" + story.id() + "/accidents");

		assertThat(page.select("[data-testid=chart-CASES] svg rect.bar-current")).hasSize(3);
		assertThat(page.select("[data-testid=chart-CASES] svg rect.bar-baseline")).hasSize(3);
		assertThat(page.select("[data-testid=chart-CASES] svg").attr("aria-label")).contains("Số vụ");
		assertThat(page.select("[data-testid=accident-months] tr[data-month=2024-08]").text())
			.isEqualTo("Tháng 8/2024 2 · cùng kỳ: 3 0 · cùng kỳ: 2 2 · cùng kỳ: 2");
	}

	@Test
	void aMonthWithoutConfirmedFiguresSaysSoAndNeverShowsTheDraft() throws Exception {
		Document page = page(story.dashboard(), users.leader());
		assertThat(page.select("[data-testid=period-label]").text()).isEqualTo("Kỳ: Tháng 10/2024");
		assertThat(cell(page, "period-CASES")).isEqualTo("chưa có số liệu");
		assertThat(cell(page, "period-DEATHS")).isEqualTo("chưa có số liệu");
		assertThat(cell(page, "cumulative-CASES")).isEqualTo("8 cùng kỳ: 9 giảm 1 vụ (-11,1%)");
		assertThat(page.select("[data-testid=accident-months] tr[data-month=2024-10]").text())
			.isEqualTo("Tháng 10/2024 chưa có số liệu · cùng kỳ: chưa có số liệu chưa có số liệu · cùng kỳ: "
					+ "chưa có số liệu chưa có số liệu · cùng kỳ: chưa có số liệu");
		assertThat(page.select("[data-testid=chart-CASES] svg rect.bar-current")).hasSize(3);
		assertThat(page.select("main").text()).doesNotContain("8 cùng kỳ: 0");
	}

	@Test
	void aBaselineOfZeroIsWordedWithoutPercentage() throws Exception {
		Document page = page(story.dashboard() + "?kind=MONTH&month=2024-07", users.leader());
		assertThat(cell(page, "period-DEATHS")).isEqualTo("1 cùng kỳ: 0 tăng 1 người");
	}

	@Test
	void aBaselineOfZeroCasesIsWordedAsTheIncreaseInCasesWithoutPercentage() throws Exception {
		// October 2023 had no accident; October 2024 (the draft 8/8/8) is confirmed
		fixture.confirmed(story.m(), fixture.root(story.m()), "2023-10", 0, 0, 0);
		fixture.confirmed(story.m(), fixture.root(story.m()), "2024-10", 8, 8, 8);
		Document page = page(story.dashboard() + "?kind=MONTH&month=2024-10", users.leader());
		String cases = cell(page, "period-CASES");
		assertThat(cases).isEqualTo("8 cùng kỳ: 0 tăng 8 vụ");
		assertThat(cases).doesNotContain("%");
	}

	@Test
	void aCalendarMonthCountsTheOnePoliceMonthThatEndsInIt() throws Exception {
		// August 2024 overlaps the police months 15/7–14/8 and 15/8–14/9; the first ends in it and is counted.
		Document page = page(story.dashboard() + "?kind=MONTH&month=2024-08", users.leader());
		assertThat(cell(page, "period-CASES")).isEqualTo("2 cùng kỳ: 3 giảm 1 vụ (-33,3%)");
		assertThat(cell(page, "period-accident-months"))
			.isEqualTo("Số liệu tai nạn của kỳ gồm: tháng 8/2024 (15/7–14/8/2024)");
		Document quarter = page(story.dashboard() + "?kind=QUARTER&month=2024-08", users.leader());
		assertThat(cell(quarter, "period-accident-months")).isEqualTo("Số liệu tai nạn của kỳ gồm: "
				+ "tháng 7/2024 (15/6–14/7/2024), tháng 8/2024 (15/7–14/8/2024), tháng 9/2024 (15/8–14/9/2024)");
		assertThat(page.select("[data-testid=accident-table] thead th").eachText())
			.contains("Lũy kế tháng 7/2024 – tháng 8/2024");
		Document half = page(story.dashboard() + "?kind=YEAR_TO_DATE&month=2024-09", users.leader());
		assertThat(cell(half, "period-CASES")).isEqualTo("8 cùng kỳ: 9 giảm 1 vụ (-11,1%)");
		assertThat(half.select("[data-testid=period-label]").text())
			.isEqualTo("Kỳ: Từ đầu năm đến hết tháng 9/2024");
	}

	@Test
	void completionByTaskAreaRespectsEachTargetsDirectionAndSumsTheSuggestedIndicator() throws Exception {
		Document page = page(story.dashboard(), users.leader());
		var area1 = page.select("[data-testid=completion] tr[data-task-area=1]");
		assertThat(area1.select("[data-testid=targets]").text()).isEqualTo("4");
		assertThat(area1.select("[data-testid=met]").text()).isEqualTo("1");
		assertThat(area1.select("[data-testid=on-track]").text()).isEqualTo("1");
		assertThat(area1.select("[data-testid=behind]").text()).isEqualTo("2");
		assertThat(area1.select("[data-indicator]").text())
			.isEqualTo("Số buổi tuyên truyền: 90 / 150 buổi (2 đơn vị)");
		assertThat(area1.select("[data-testid=met]").attr("href"))
			.isEqualTo("/campaigns/" + story.id() + "/results?taskAreaId=" + story.m().area(1));
		assertThat(page.select("[data-testid=completion] tr[data-task-area=2] [data-testid=targets]").text())
			.isEqualTo("0");
	}

	@Test
	void timelinessLateUnitsAttentionAndBlackSpotsLinkToTheirLists() throws Exception {
		Document page = page(story.dashboard(), users.office());
		assertThat(page.select("[data-testid=period-last]").text())
			.isEqualTo("Kỳ đã đến hạn gần nhất: Tháng 8/2024 (hạn 20/09/2024) Đã gửi 2/4 đơn vị 50 % "
					+ "Gửi trễ hạn: 1 Quá hạn chưa gửi: 2");
		assertThat(page.select("[data-testid=period-current]").text()).startsWith("Kỳ hiện tại: Tháng 9/2024")
			.contains("Đã gửi 0/4 đơn vị");
		assertThat(page.select("[data-testid=late-units]").text()).isEqualTo("Số đơn vị chậm: 2");
		assertThat(page.select("[data-testid=late-units] a").attr("href"))
			.isEqualTo("/campaigns/" + story.id() + "/monitoring/late");

		var attention = page.select("[data-testid=attention]");
		assertThat(attention.select("tr[data-unit]").eachAttr("data-unit")).containsExactlyInAnyOrder(
				story.education().unitId().toString(), story.banBo().unitId().toString(),
				story.naTam().unitId().toString());
		assertThat(attention.select("tr[data-unit=" + story.banBo().unitId() + "] [data-testid=nothing-sent]")).hasSize(1);
		assertThat(attention.select("tr[data-unit=" + story.banBo().unitId() + "] a").eachAttr("href"))
			.contains("/campaigns/" + story.id() + "/targets/units/" + story.banBo().unitId());
		assertThat(attention.select("tr[data-unit=" + story.naTam().unitId() + "] [data-testid=returned]").text())
			.isEqualTo("Có 1 nội dung bị trả lại đang chờ sửa");
		assertThat(attention.select("tr[data-unit=" + story.education().unitId() + "] [data-testid=low]").text())
			.isEqualTo("Tỷ lệ hoàn thành thấp: 0/2 chỉ tiêu đạt hoặc đúng tiến độ");

		var spots = page.select("[data-testid=black-spots] [data-status=IDENTIFIED] a");
		assertThat(spots.text()).endsWith(": 1");
		assertThat(spots.attr("href")).isEqualTo("/campaigns/" + story.id() + "/black-spots?status=IDENTIFIED");
	}

	@Test
	void leadersOfficeAndAdministratorsOpenItAUnitUserGets403() throws Exception {
		for (CurrentUser user : new CurrentUser[] { users.leader(), users.office(), users.admin() }) {
			mvc.perform(get(story.dashboard()).with(as(user))).andExpect(status().isOk());
		}
		mvc.perform(get(story.dashboard()).with(as(story.police().head()))).andExpect(status().isForbidden());
		CurrentUser officer = users.create("cbdash", story.banBo().unitId(), Role.UNIT_OFFICER);
		mvc.perform(get(story.dashboard()).with(as(officer))).andExpect(status().isForbidden());
		mvc.perform(get("/campaigns/999999999/dashboard").with(as(users.leader()))).andExpect(status().isNotFound());
		mvc.perform(get(story.dashboard() + "?kind=WEEK&month=not-a-month").with(as(users.leader())))
			.andExpect(status().isOk());
	}

	private static String goal(Document page, String goal) {
		return page.select("[data-testid=goal-checks] [data-goal=" + goal + "]").text();
	}

	private static String cell(Document page, String testId) {
		return page.select("[data-testid=" + testId + "]").text();
	}

	private Document page(String url, CurrentUser user) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}
}
