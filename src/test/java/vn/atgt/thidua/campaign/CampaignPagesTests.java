package vn.atgt.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.atgt.thidua.support.TestUsers.as;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.campaign.CampaignFixture.Organisation;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/** The campaign screens show what they should, to everyone signed in. */
@ThiDuaIntegrationTest
class CampaignPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CampaignFixture fixture;

	Organisation ban;

	@BeforeEach
	void organisation() {
		ban = fixture.organisation();
	}

	@Test
	void theListShowsCampaignsAndFiltersByYearAndStatus() throws Exception {
		Long active = fixture.aCampaign(ban).planNumber(CampaignFixture.unique("LIST-A-")).withTaskAreas(1).active()
			.create();
		String activeNumber = fixture.campaigns.get(active).planNumber();
		Long draft = fixture.aCampaign(ban).planNumber(CampaignFixture.unique("LIST-D-")).create();
		String draftNumber = fixture.campaigns.get(draft).planNumber();
		CurrentUser officer = users.create("donvi", ban.unit(2).id(), Role.UNIT_OFFICER);

		mvc.perform(get("/campaigns").with(as(officer)))
			.andExpect(status().isOk())
			.andExpect(view().name("campaign/list"))
			.andExpect(content().string(containsString("Phong trào thi đua")));
		mvc.perform(get("/campaigns").param("status", "ACTIVE").param("year", "2024").with(as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(activeNumber), not(containsString(draftNumber)))));
		mvc.perform(get("/campaigns").param("status", "DRAFT").with(as(officer)))
			.andExpect(content().string(allOf(containsString(draftNumber), not(containsString(activeNumber)))));
		mvc.perform(get("/campaigns").param("year", "2019").with(as(officer)))
			.andExpect(content().string(allOf(not(containsString(draftNumber)), not(containsString(activeNumber)))));
	}

	@Test
	void theOverviewShowsThePlanItsGoalsAndItsHistory() throws Exception {
		Long id = fixture.aCampaign(ban).withTaskAreas(1).active().create();

		mvc.perform(get("/campaigns/{id}", id).with(as(users.leader())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Thượng tôn pháp luật để xây dựng văn hóa giao thông an toàn"),
					containsString("Quyết định số 58/QĐ-BATGT"), containsString("21/06/2024 – 31/12/2024"),
					containsString("Năm so sánh"), containsString("2023"),
					containsString("Không để xảy ra tai nạn giao thông đặc biệt nghiêm trọng"),
					containsString("từ ngày 15 tháng trước đến ngày 14 tháng báo cáo"), containsString(ban.committeeName()),
					containsString("Tạo phong trào (Nháp)"), containsString("Nháp → Đang triển khai"),
					containsString("Đang triển khai"))));
	}

	@Test
	void theTabsListTaskAreasPeriodsAndUnits() throws Exception {
		Long id = fixture.aCampaign(ban).withSeedTaskAreas().withMonthlyPeriods(7, 12).create();
		fixture.participants.update(fixture.office(), id, fixture.campaigns.participants(id).get(0).id(), 0,
				new ParticipantCommand("Trần Văn Hùng", "Đội trưởng Đội CSGT", "0912 000 111", "csgt@example.vn", null,
						null));
		CurrentUser officer = users.create("donvi", ban.unit(0).id(), Role.UNIT_OFFICER);

		mvc.perform(get("/campaigns/{id}/task-areas", id).with(as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Cứu hộ, cứu nạn, sơ cứu và cứu chữa nạn nhân tai nạn giao thông"),
					containsString("lồng ghép mục tiêu bảo đảm TTATGT vào các quy hoạch của huyện"))));
		mvc.perform(get("/campaigns/{id}/periods", id).with(as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tháng 7/2024"), containsString("Tháng 12/2024"),
					containsString("20/08/2024"), containsString("20/01/2025"))));
		mvc.perform(get("/campaigns/{id}/units", id).with(as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(ban.unit(0).name()), containsString(ban.unit(3).name()),
					containsString("Trần Văn Hùng"), containsString("0912 000 111"),
					not(containsString(ban.inactive().name())))));
	}

	@Test
	void eachModuleShowsItsTabOnlyToThoseItsPolicyLetsIn() throws Exception {
		Long id = fixture.aCampaign(ban).withTaskAreas(2).withMonthlyPeriods(7, 8).create();
		CurrentUser officer = users.create("donvi", ban.unit(0).id(), Role.UNIT_OFFICER);

		mvc.perform(get("/campaigns/{id}/periods", id).with(as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/campaigns/" + id + "/targets\""),
					containsString("href=\"/campaigns/" + id + "/reports\""),
					containsString("href=\"/campaigns/" + id + "/accidents\""),
					not(containsString("href=\"/campaigns/" + id + "/review\"")),
					not(containsString("href=\"/campaigns/" + id + "/monitoring\"")))));
		mvc.perform(get("/campaigns/{id}/periods", id).with(as(fixture.office())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/campaigns/" + id + "/review\""),
					containsString("href=\"/campaigns/" + id + "/monitoring\""),
					containsString("href=\"/campaigns/" + id + "/documents\""))));
	}

	@Test
	void readersSeeNoButtonThatChangesTheCampaign() throws Exception {
		Long id = fixture.aCampaign(ban).withTaskAreas(2).withMonthlyPeriods(7, 8).create();
		CurrentUser officer = users.create("donvi", ban.unit(0).id(), Role.UNIT_OFFICER, Role.UNIT_HEAD);

		for (String page : new String[] { "", "/task-areas", "/periods", "/units" }) {
			mvc.perform(get("/campaigns/" + id + page).with(as(officer)))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(not(containsString("/edit")), not(containsString("/activate")),
						not(containsString("/delete")), not(containsString("/clone")),
						not(containsString("/generate")))));
		}
		mvc.perform(get("/campaigns").with(as(officer)))
			.andExpect(content().string(not(containsString("/campaigns/new"))));
	}

	@Test
	void theOfficeSeesTheButtonsThatSetTheCampaignUp() throws Exception {
		Long id = fixture.aCampaign(ban).withTaskAreas(2).withMonthlyPeriods(7, 8).create();
		CurrentUser office = users.office();

		mvc.perform(get("/campaigns/{id}", id).with(as(office)))
			.andExpect(content().string(allOf(containsString("/campaigns/" + id + "/edit"),
					containsString("/campaigns/" + id + "/activate"), containsString("/campaigns/" + id + "/clone"),
					containsString("Chuẩn bị triển khai"))));
		mvc.perform(get("/campaigns/{id}/periods", id).with(as(office)))
			.andExpect(content().string(allOf(containsString("/periods/generate"), containsString("/delete"))));
		mvc.perform(get("/campaigns").with(as(office)))
			.andExpect(content().string(containsString("/campaigns/new")));
	}

	@Test
	void addingAUnitWhenEveryMemberTakesPartSaysSo() throws Exception {
		Long id = fixture.aCampaign(ban).create();

		mvc.perform(get("/campaigns/{id}/units/new", id).with(as(users.office())))
			.andExpect(redirectedUrl("/campaigns/" + id + "/units"))
			.andExpect(CampaignForms.flashKey("participant.noCandidates"));
	}

	@Test
	void aRunningCampaignKeepsItsTaskAreasAndUnitsAndOffersNoDeleteButton() throws Exception {
		Long id = fixture.aCampaign(ban).withTaskAreas(2).active().create();
		String taskArea = "/campaigns/" + id + "/task-areas/" + fixture.campaigns.taskAreas(id).get(0).id();
		String unit = "/campaigns/" + id + "/units/" + fixture.campaigns.participants(id).get(0).id();
		CurrentUser office = users.office();

		mvc.perform(post(taskArea + "/delete").with(as(office)).with(csrf()))
			.andExpect(redirectedUrl("/campaigns/" + id + "/task-areas"))
			.andExpect(CampaignForms.flashKey("taskArea.removeOnlyInDraft"));
		mvc.perform(post(unit + "/delete").with(as(office)).with(csrf()))
			.andExpect(redirectedUrl("/campaigns/" + id + "/units"))
			.andExpect(CampaignForms.flashKey("participant.removeOnlyInDraft"));
		assertThat(fixture.campaigns.taskAreas(id)).hasSize(2);
		assertThat(fixture.campaigns.participants(id)).hasSize(4);

		mvc.perform(get("/campaigns/" + id + "/task-areas").with(as(office)))
			.andExpect(content().string(not(containsString(taskArea + "/delete"))));
		mvc.perform(get("/campaigns/" + id + "/units").with(as(office)))
			.andExpect(content().string(not(containsString(unit + "/delete"))));
	}

	@Test
	void anUnknownCampaignIs404() throws Exception {
		mvc.perform(get("/campaigns/{id}", Long.MAX_VALUE).with(as(users.office()))).andExpect(status().isNotFound());
	}

	@Test
	void pagesCarryNoInlineStyleOrScript() throws Exception {
		Long id = fixture.aCampaign(ban).withTaskAreas(1).create();
		fixture.participants.remove(fixture.office(), id, fixture.campaigns.participants(id).get(0).id());
		CurrentUser office = users.office();
		for (String page : new String[] { "/campaigns", "/campaigns/new", "/campaigns/" + id,
				"/campaigns/" + id + "/edit", "/campaigns/" + id + "/task-areas/new", "/campaigns/" + id + "/periods/new",
				"/campaigns/" + id + "/periods/generate", "/campaigns/" + id + "/units/new",
				"/campaigns/" + id + "/clone" }) {
			mvc.perform(get(page).with(as(office)))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(not(containsString("<script>")), not(containsString(" style=\"")))));
		}
	}
}
