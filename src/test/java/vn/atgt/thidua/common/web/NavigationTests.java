package vn.atgt.thidua.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.account.UserAdminService;
import vn.atgt.thidua.account.UserRow;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.support.DemoDataTest;

/**
 * The main navigation on the demo data offers the roll-up ("Tổng hợp cấp dưới") and what arrived from below only to a
 * committee that has committees below it (Lai Châu's province), and "Gửi lên cấp trên" only to one that has a parent
 * (the communes); Tam Đường's district committee, alone in its tree, sees neither. The layout asks where the
 * committee stands once per page, however many links ask.
 */
@DemoDataTest
class NavigationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdminService users;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void aCommuneOfficeSendsUpwardButHasNoRollUp() throws Exception {
		assertThat(navigation(account("thuongtrucbanbo", Role.STANDING_OFFICE))).contains("Gửi lên cấp trên")
			.doesNotContain("Tổng hợp cấp dưới", "Hồ sơ cấp dưới gửi lên");
		assertThat(navigation(account("lanhdaobanbo", Role.LEADER))).contains("Gửi lên cấp trên")
			.doesNotContain("Tổng hợp cấp dưới");
	}

	@Test
	void theProvinceOfficeReadsItsCommunesButSendsNothingUpward() throws Exception {
		assertThat(navigation(account("thuongtructinh", Role.STANDING_OFFICE)))
			.contains("Tổng hợp cấp dưới", "Hồ sơ cấp dưới gửi lên").doesNotContain("Gửi lên cấp trên");
		assertThat(navigation(account("lanhdaotinh", Role.LEADER))).contains("Tổng hợp cấp dưới")
			.doesNotContain("Gửi lên cấp trên");
	}

	@Test
	void theDistrictOfficeWithoutParentOrChildrenSeesNeither() throws Exception {
		assertThat(navigation(account("thuongtruc", Role.STANDING_OFFICE))).contains("Phong trào")
			.doesNotContain("Tổng hợp cấp dưới", "Hồ sơ cấp dưới gửi lên", "Gửi lên cấp trên");
	}

	@Test
	void theLinksLeadWhereTheySay() throws Exception {
		CurrentUser province = account("thuongtructinh", Role.STANDING_OFFICE);
		var links = Jsoup.parse(page("/campaigns", province)).select("#main-nav a.nav-link");
		assertThat(links.select("[data-testid=rollup-link]").attr("href")).isEqualTo("/rollup");
		assertThat(links.select("[data-testid=arrived-link]").attr("href")).isEqualTo("/submissions");
		var commune = Jsoup.parse(page("/campaigns", account("thuongtrucbanbo", Role.STANDING_OFFICE)));
		assertThat(commune.select("#main-nav [data-testid=send-upward-link]").attr("href"))
			.isEqualTo("/submissions/sent");
		assertThat(page("/submissions/sent", account("thuongtrucbanbo", Role.STANDING_OFFICE)))
			.contains("Đã gửi lên cấp trên");
	}

	@Test
	void theNavigationAsksWhereTheCommitteeStandsOncePerPage() throws Exception {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		try {
			statistics.clear();
			page("/account/profile", account("thuongtructinh", Role.STANDING_OFFICE));
			List<String> placeQueries = Arrays.stream(statistics.getQueries())
				.filter(q -> q.contains("CommitteeStanding"))
				.toList();
			assertThat(placeQueries).hasSize(1);
			assertThat(statistics.getQueryStatistics(placeQueries.get(0)).getExecutionCount()).isEqualTo(1);
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

	private String navigation(CurrentUser user) throws Exception {
		return Jsoup.parse(page("/campaigns", user)).select("#main-nav").text();
	}

	private String page(String url, CurrentUser user) throws Exception {
		return mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private CurrentUser account(String username, Role role) {
		UserRow row = users.activeUsersWithRole(role).stream().filter(u -> u.username().equals(username)).findFirst()
			.orElseThrow();
		return new CurrentUser(row.id(), row.username(), row.fullName(), row.unitId(), row.unitName(),
				row.committeeId(), row.roles(), false);
	}
}
