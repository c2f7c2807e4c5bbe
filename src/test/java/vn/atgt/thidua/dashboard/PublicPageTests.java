package vn.atgt.thidua.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.monitoring.MonitoringFixture;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The public page of a campaign: 404 until the standing office switches it on, then the plan, the goal checks and the
 * accident trend from confirmed figures only, without sign-in, with the usual security headers; nothing personal and
 * never a draft figure; the switch is the office's; a network address asking too often gets 429.
 */
@ThiDuaIntegrationTest
class PublicPageTests {

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
	void offUntilTheOfficeSwitchesItOnThenConfirmedFiguresOnlyAndNothingPersonal() throws Exception {
		String address = "/public/campaigns/" + story.id();
		mvc.perform(get(address).with(from("10.0.0.1"))).andExpect(status().isNotFound());
		mvc.perform(get("/public/campaigns/999999999").with(from("10.0.0.1"))).andExpect(status().isNotFound());

		CurrentUser office = users.office();
		switchTo(office, true).andExpect(status().is3xxRedirection());
		Document dashboard = Jsoup.parse(mvc.perform(get(story.dashboard()).with(as(office))).andReturn()
			.getResponse().getContentAsString());
		assertThat(dashboard.select("[data-testid=public-switch]").text()).contains("đang bật");

		String html = mvc.perform(get(address).with(from("10.0.0.1")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn().getResponse().getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("[data-testid=plan]").text()).contains(story.m().planNumber());
		assertThat(page.select("[data-goal=REDUCE_CASES]").text()).contains("đạt").contains("giảm 1 vụ (-11,1%)");
		assertThat(page.select("[data-testid=public-months] tr[data-month=2024-09]").text())
			.contains("3 cùng kỳ: 3 bằng cùng kỳ");
		// October's figures (8, 8, 8) are a draft: the page says there are none
		assertThat(page.select("[data-testid=public-months] tr[data-month=2024-10]").text())
			.isEqualTo("Tháng 10/2024 chưa có số liệu chưa có số liệu chưa có số liệu");
		String text = page.select("main").text();
		assertThat(text).doesNotContain(story.police().unit().name()).doesNotContain(story.banBo().unit().name())
			.doesNotContain("Lò Văn Thành").doesNotContain("0912 345 678").doesNotContain("example.vn")
			.doesNotContain(story.police().head().username());

		switchTo(office, false).andExpect(status().is3xxRedirection());
		mvc.perform(get(address).with(from("10.0.0.1"))).andExpect(status().isNotFound());
	}

	@Test
	void onlyTheOfficeAndAdministratorsSwitchIt() throws Exception {
		switchTo(users.leader(), true).andExpect(status().isForbidden());
		switchTo(story.police().head(), true).andExpect(status().isForbidden());
		mvc.perform(post(story.dashboard() + "/public").param("enabled", "true").with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/public/campaigns/" + story.id()).with(from("10.0.0.2"))).andExpect(status().isNotFound());
		switchTo(users.admin(), true).andExpect(status().is3xxRedirection());
		mvc.perform(get("/public/campaigns/" + story.id()).with(from("10.0.0.2"))).andExpect(status().isOk());
		switchTo(users.admin(), false).andExpect(status().is3xxRedirection());
	}

	@Test
	void anAddressAskingMoreThanSixtyTimesAMinuteGets429() throws Exception {
		switchTo(users.office(), true);
		String address = "/public/campaigns/" + story.id();
		for (int i = 0; i < PublicPages.REQUESTS_PER_MINUTE; i++) {
			mvc.perform(get(address).with(from("10.0.0.3"))).andExpect(status().isOk());
		}
		mvc.perform(get(address).with(from("10.0.0.3"))).andExpect(status().isTooManyRequests());
		mvc.perform(get(address).with(from("10.0.0.4"))).andExpect(status().isOk());
		clock.setInstant(MonitoringFixture.at(10, 10, 12, 2));
		mvc.perform(get(address).with(from("10.0.0.3"))).andExpect(status().isOk());
	}

	private org.springframework.test.web.servlet.ResultActions switchTo(CurrentUser user, boolean on) throws Exception {
		return mvc.perform(post(story.dashboard() + "/public").param("enabled", Boolean.toString(on)).with(as(user))
			.with(csrf()));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
