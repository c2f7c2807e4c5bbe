package vn.atgt.thidua.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.monitoring.MonitoringFixture.Movement;
import vn.atgt.thidua.monitoring.MonitoringFixture.Team;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * Who may do what on the monitoring tab: the standing office and administrators read and urge; leaders read the matrix,
 * its export and the late list, and get 403 on urging and the letter; unit users (officer or head, of a late unit or
 * not) get 403 on every page and action, whatever ids they send; anonymous visitors are sent to sign in.
 */
@ThiDuaIntegrationTest
class MonitoringPermissionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MonitoringFixture fixture;

	@Autowired
	TestUsers users;

	@Autowired
	MonitoringService monitoring;

	@Autowired
	MonitoringQueries queries;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	Movement lateMovement() {
		Movement m = fixture.movement();
		clock.setInstant(MonitoringFixture.at(24, 8, 9, 0));
		return m;
	}

	List<MockHttpServletRequestBuilder> pages(Movement m) {
		return List.of(get(m.matrixPage()), get(m.matrixPage() + "/export"), get(m.latePage()),
				get(m.latePage() + "?item=registration"));
	}

	List<MockHttpServletRequestBuilder> actions(Movement m) {
		String unit = m.banBo().id().toString();
		return List.of(post(m.latePage() + "/urge").param("unitIds", unit).with(csrf()),
				post(m.letterAddress()).param("unitIds", unit).with(csrf()), get(m.letterAddress()).param("unitIds", unit));
	}

	@Test
	void unitUsersGet403OnEveryMonitoringPageAndAction() throws Exception {
		Movement m = lateMovement();
		Team banBo = fixture.team(m.banBo());
		Team police = fixture.team(m.police());
		for (CurrentUser user : List.of(banBo.officer(), banBo.head(), police.head())) {
			for (MockHttpServletRequestBuilder request : pages(m)) {
				mvc.perform(request.with(as(user))).andExpect(status().isForbidden());
			}
			for (MockHttpServletRequestBuilder request : actions(m)) {
				mvc.perform(request.with(as(user))).andExpect(status().isForbidden());
			}
			assertThatThrownBy(() -> queries.matrix(user, m.campaignId(), MatrixFilter.none()))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> queries.lateUnits(user, m.campaignId(), ItemSelection.ALL))
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThat(Jsoup.parse(page(m, "/campaigns/" + m.campaignId() + "/reports", banBo.officer()))
			.select(".nav-tabs").text()).doesNotContain("Theo dõi, đôn đốc");
	}

	@Test
	void leadersReadTheMatrixAndTheLateListButDoNotUrge() throws Exception {
		Movement m = lateMovement();
		CurrentUser leader = users.leader();
		for (MockHttpServletRequestBuilder request : pages(m)) {
			mvc.perform(request.with(as(leader))).andExpect(status().isOk());
		}
		for (MockHttpServletRequestBuilder request : actions(m)) {
			mvc.perform(request.with(as(leader))).andExpect(status().isForbidden());
		}
		assertThatThrownBy(() -> monitoring.urge(leader, m.campaignId(), List.of(m.banBo().id()), ItemSelection.ALL))
			.isInstanceOf(AccessDeniedException.class);
		Document late = Jsoup.parse(page(m, m.latePage(), leader));
		assertThat(late.select("[data-testid=late-units] tbody tr[data-testid]")).hasSize(4);
		assertThat(late.select("input[name=unitIds]")).isEmpty();
		assertThat(late.select("[data-testid=urge], [data-testid=urging-letter]")).isEmpty();
		assertThat(Jsoup.parse(page(m, m.matrixPage(), leader)).select(".nav-tabs a.active").text())
			.isEqualTo("Theo dõi, đôn đốc");
	}

	@Test
	void theStandingOfficeAndAdministratorsReadAndUrge() throws Exception {
		Movement m = lateMovement();
		for (CurrentUser user : List.of(users.office(), users.admin())) {
			for (MockHttpServletRequestBuilder request : pages(m)) {
				mvc.perform(request.with(as(user))).andExpect(status().isOk());
			}
			mvc.perform(post(m.latePage() + "/urge").param("unitIds", m.banBo().id().toString()).with(csrf())
					.with(as(user)))
				.andExpect(redirectedUrl(m.latePage()));
			mvc.perform(post(m.letterAddress()).param("unitIds", m.banBo().id().toString()).with(csrf())
					.with(as(user)))
				.andExpect(status().isOk());
			Document late = Jsoup.parse(page(m, m.latePage(), user));
			assertThat(late.select("input[name=unitIds]")).hasSize(4);
		}
	}

	@Test
	void anonymousVisitorsAreSentToSignInAndUnknownCampaignsAreNotFound() throws Exception {
		Movement m = lateMovement();
		for (MockHttpServletRequestBuilder request : pages(m)) {
			mvc.perform(request).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		}
		CurrentUser office = users.office();
		mvc.perform(get("/campaigns/{id}/monitoring", -1).with(as(office))).andExpect(status().isNotFound());
		mvc.perform(get("/campaigns/{id}/monitoring/late", -1).with(as(office))).andExpect(status().isNotFound());
		mvc.perform(get("/campaigns/{id}/monitoring/export", -1).with(as(office))).andExpect(status().isNotFound());
		mvc.perform(post("/campaigns/{id}/monitoring/late/urge", m.campaignId()).param("unitIds", "abc")
				.with(csrf()).with(as(office)))
			.andExpect(status().isBadRequest());
		mvc.perform(post(m.latePage() + "/urge").param("unitIds", m.banBo().id().toString()).with(as(office)))
			.andExpect(status().isForbidden());
	}

	private String page(Movement m, String url, CurrentUser user) throws Exception {
		return mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}
}
