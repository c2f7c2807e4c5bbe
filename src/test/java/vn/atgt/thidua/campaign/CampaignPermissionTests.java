package vn.atgt.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.campaign.CampaignFixture.Organisation;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * Unit users and leaders read every campaign page but change nothing: every form (GET) and every action (POST) of the
 * module answers 403 to them, and nothing is written. The standing office and administrators may.
 */
@ThiDuaIntegrationTest
class CampaignPermissionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CampaignFixture fixture;

	Organisation ban;
	Long id;
	String taskArea;
	String period;
	String participant;

	@BeforeEach
	void campaign() {
		ban = fixture.organisation();
		id = fixture.aCampaign(ban).withTaskAreas(2).withMonthlyPeriods(7, 8).create();
		taskArea = "/campaigns/" + id + "/task-areas/" + fixture.campaigns.taskAreas(id).get(1).id();
		period = "/campaigns/" + id + "/periods/" + fixture.campaigns.periods(id).get(0).id();
		List<ParticipantView> units = fixture.campaigns.participants(id);
		participant = "/campaigns/" + id + "/units/" + units.get(0).id();
		fixture.participants.remove(fixture.office(), id, units.get(3).id());
	}

	List<String> reads() {
		String c = "/campaigns/" + id;
		return List.of("/campaigns", c, c + "/task-areas", c + "/periods", c + "/units");
	}

	List<String> forms() {
		String c = "/campaigns/" + id;
		return List.of("/campaigns/new", c + "/edit", c + "/clone", c + "/task-areas/new", taskArea + "/edit",
				c + "/periods/new", c + "/periods/generate", period + "/edit", c + "/units/new", participant + "/edit");
	}

	List<String> actions() {
		String c = "/campaigns/" + id;
		return List.of("/campaigns", c + "/edit", c + "/activate", c + "/close", c + "/clone", c + "/task-areas",
				c + "/task-areas/seed", taskArea + "/edit", taskArea + "/delete", taskArea + "/move-up",
				taskArea + "/move-down", c + "/periods", c + "/periods/generate", period + "/edit", period + "/delete",
				c + "/units", c + "/units/add-missing", participant + "/edit", participant + "/delete");
	}

	@Test
	void everySignedInUserReadsEveryCampaignPage() throws Exception {
		List<CurrentUser> readers = List.of(users.create("donvi", ban.unit(2).id(), Role.UNIT_OFFICER),
				users.create("lanhdaodv", ban.unit(0).id(), Role.UNIT_HEAD), users.leader(), users.office(),
				users.admin());
		for (CurrentUser reader : readers) {
			for (String page : reads()) {
				mvc.perform(get(page).with(as(reader))).andExpect(status().isOk());
			}
		}
	}

	@Test
	void aUnitOfficerGets403OnEveryFormAndEveryAction() throws Exception {
		refusedEverything(users.create("donvi", ban.unit(2).id(), Role.UNIT_OFFICER));
	}

	@Test
	void aUnitHeadGets403OnEveryFormAndEveryAction() throws Exception {
		refusedEverything(users.create("lanhdaodv", ban.unit(0).id(), Role.UNIT_HEAD, Role.UNIT_OFFICER));
	}

	@Test
	void aLeaderGets403OnEveryFormAndEveryAction() throws Exception {
		refusedEverything(users.leader());
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		mvc.perform(get("/campaigns")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/campaigns/" + id)).andExpect(status().is3xxRedirection());
	}

	@Test
	void theOfficeAndAdministratorsOpenEveryForm() throws Exception {
		for (CurrentUser editor : List.of(users.office(), users.admin())) {
			for (String form : forms()) {
				mvc.perform(get(form).with(as(editor))).andExpect(status().isOk());
			}
		}
	}

	private void refusedEverything(CurrentUser user) throws Exception {
		for (String form : forms()) {
			mvc.perform(get(form).with(as(user))).andExpect(status().isForbidden());
		}
		for (String action : actions()) {
			mvc.perform(post(action).with(as(user)).with(csrf())
				.param("title", "Không được ghi").param("planNumber", "99/KH").param("cadence", "MONTHLY"))
				.andExpect(status().isForbidden());
		}
		assertThat(fixture.campaigns.get(id).status()).isEqualTo(CampaignStatus.DRAFT);
		assertThat(fixture.campaigns.taskAreas(id)).extracting(TaskAreaView::title)
			.containsExactly("Nhiệm vụ 1", "Nhiệm vụ 2");
		assertThat(fixture.campaigns.periods(id)).hasSize(2);
		assertThat(fixture.campaigns.participants(id)).hasSize(3);
	}
}
