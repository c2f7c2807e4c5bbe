package vn.atgt.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.campaign.CampaignForms.flashKey;
import static vn.atgt.thidua.support.TestUsers.as;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.campaign.CampaignFixture.Organisation;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/** A closed campaign is read-only: the screens offer no change, and the services refuse every change. */
@ThiDuaIntegrationTest
class CampaignClosedTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CampaignFixture fixture;

	Organisation ban;
	CurrentUser office;
	Long id;

	@BeforeEach
	void closedCampaign() {
		ban = fixture.organisation();
		office = users.office();
		id = fixture.aCampaign(ban).withTaskAreas(2).withMonthlyPeriods(7, 8).closed().create();
	}

	@Test
	void theScreensShowNoButtonThatChangesAClosedCampaign() throws Exception {
		for (String page : new String[] { "", "/task-areas", "/periods", "/units" }) {
			mvc.perform(get("/campaigns/" + id + page).with(as(office)))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Phong trào thi đua đã kết thúc"),
						not(containsString("/edit")), not(containsString("/activate")), not(containsString("/close\"")),
						not(containsString("/delete")), not(containsString("/new\"")), not(containsString("/generate")),
						not(containsString("/move-")), not(containsString("/seed")),
						not(containsString("/add-missing")))));
		}
		mvc.perform(get("/campaigns/" + id).with(as(office)))
			.andExpect(content().string(containsString("/campaigns/" + id + "/clone")));
	}

	@Test
	void theEditFormOfAClosedCampaignIsNotOffered() throws Exception {
		mvc.perform(get("/campaigns/{id}/edit", id).with(as(office)))
			.andExpect(redirectedUrl("/campaigns/" + id))
			.andExpect(flashKey("campaign.closed"));
	}

	@Test
	void postingAChangeToAClosedCampaignIsRefused() throws Exception {
		mvc.perform(CampaignForms.campaign("/campaigns/" + id + "/edit", office, ban.committeeId(), "99/KH-BATGT",
				"21/06/2024", "31/12/2024"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("form"))
			.andExpect(content().string(containsString("Phong trào thi đua đã kết thúc nên không thể thay đổi.")));
		mvc.perform(post("/campaigns/{id}/task-areas", id).with(as(office)).with(csrf()).param("title", "Mới")
			.param("version", "0"))
			.andExpect(model().attributeHasErrors("form"));
		mvc.perform(CampaignForms.generate(id, office, "QUARTERLY", "01/07/2024", "31/12/2024", "20"))
			.andExpect(model().attributeHasErrors("form"));
		mvc.perform(post("/campaigns/{id}/units/add-missing", id).with(as(office)).with(csrf()))
			.andExpect(flashKey("campaign.closed"));
		Long taskArea = fixture.campaigns.taskAreas(id).get(0).id();
		mvc.perform(post("/campaigns/{id}/task-areas/{t}/delete", id, taskArea).with(as(office)).with(csrf()))
			.andExpect(flashKey("campaign.closed"));

		assertThat(fixture.campaigns.get(id).planNumber()).isNotEqualTo("99/KH-BATGT");
		assertThat(fixture.campaigns.taskAreas(id)).hasSize(2);
		assertThat(fixture.campaigns.periods(id)).hasSize(2);
	}

	@Test
	void theServicesRefuseEveryChangeToAClosedCampaign() {
		CampaignView campaign = fixture.campaigns.get(id);
		TaskAreaView area = fixture.campaigns.taskAreas(id).get(0);
		PeriodView period = fixture.campaigns.periods(id).get(0);
		ParticipantView unit = fixture.campaigns.participants(id).get(0);
		PeriodCommand september = new PeriodCommand(Cadence.MONTHLY, "Tháng 9/2024", LocalDate.of(2024, 9, 1),
				LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 20), false);
		ParticipantCommand contact = new ParticipantCommand("A", null, null, null, null, null);

		List<Executable> changes = List.of(
				() -> fixture.campaigns.update(office, id, campaign.version(), CampaignFixture.seedPlan("99/KH")),
				() -> fixture.campaigns.requireOpen(id), () -> fixture.campaigns.requireActive(id),
				() -> fixture.taskAreas.add(office, id, new TaskAreaCommand("Mới", null)),
				() -> fixture.taskAreas.update(office, id, area.id(), area.version(), new TaskAreaCommand("Sửa", null)),
				() -> fixture.taskAreas.remove(office, id, area.id()), () -> fixture.taskAreas.move(office, id, area.id(), 1),
				() -> fixture.taskAreas.addSeedPlanTaskAreas(office, id),
				() -> fixture.periods.generate(office, id, new PeriodGeneration(Cadence.QUARTERLY, LocalDate.of(2024, 7, 1),
						LocalDate.of(2024, 12, 31), 20, false)),
				() -> fixture.periods.add(office, id, september),
				() -> fixture.periods.update(office, id, period.id(), period.version(), september),
				() -> fixture.periods.remove(office, id, period.id()),
				() -> fixture.participants.add(office, id, unit.unitId(), contact),
				() -> fixture.participants.update(office, id, unit.id(), unit.version(), contact),
				() -> fixture.participants.remove(office, id, unit.id()), () -> fixture.participants.addMissingMembers(office, id));
		for (Executable change : changes) {
			assertThatThrownBy(change::execute).isInstanceOf(DomainException.class)
				.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("campaign.closed");
		}
		assertThatThrownBy(() -> fixture.campaigns.close(office, id))
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("campaign.close.notActive");
		assertThat(fixture.campaigns.get(id).version()).isEqualTo(campaign.version());
		assertThat(fixture.campaigns.participants(id)).hasSize(4);
	}
}
