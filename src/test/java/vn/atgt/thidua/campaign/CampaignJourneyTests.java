package vn.atgt.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.campaign.CampaignForms.fieldShows;
import static vn.atgt.thidua.campaign.CampaignForms.flashKey;
import static vn.atgt.thidua.support.TestUsers.as;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.campaign.CampaignFixture.Organisation;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * Journey 1: the standing office creates the seed plan's campaign, starts from its six task areas, generates monthly
 * periods July–December, chooses the units, starts the campaign and clones it to 2025. One test per step, each from
 * the state the step before leaves.
 */
@ThiDuaIntegrationTest
@RecordApplicationEvents
class CampaignJourneyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CampaignFixture fixture;

	@Autowired
	ApplicationEvents events;

	Organisation ban;
	CurrentUser office;

	@BeforeEach
	void setUp() {
		ban = fixture.organisation();
		office = users.office();
	}

	static LocalDate d(int day, int month, int year) {
		return LocalDate.of(year, month, day);
	}

	private Long idFrom(String location) {
		return Long.valueOf(location.substring("/campaigns/".length()));
	}

	@Test
	void theOfficeCreatesTheSeedPlansCampaign() throws Exception {
		mvc.perform(get("/campaigns/new").with(as(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tạo phong trào thi đua")));

		String location = mvc.perform(CampaignForms.campaign("/campaigns", office, ban.committeeId(), "06/KH-BATGT",
				"21/06/2024", "31/12/2024"))
			.andExpect(redirectedUrlPattern("/campaigns/*"))
			.andExpect(flashKey("campaign.created"))
			.andReturn().getResponse().getRedirectedUrl();

		CampaignView campaign = fixture.campaigns.get(idFrom(location));
		assertThat(campaign.committeeId()).isEqualTo(ban.committeeId());
		assertThat(campaign.planNumber()).isEqualTo("06/KH-BATGT");
		assertThat(campaign.planDate()).isEqualTo(d(21, 6, 2024));
		assertThat(campaign.legalBasis()).isEqualTo(CampaignForms.BASIS);
		assertThat(campaign.title()).isEqualTo(CampaignForms.TITLE);
		assertThat(campaign.theme()).isEqualTo(CampaignForms.THEME);
		assertThat(campaign.startDate()).isEqualTo(d(21, 6, 2024));
		assertThat(campaign.endDate()).isEqualTo(d(31, 12, 2024));
		assertThat(campaign.baselineYear()).isEqualTo(2023);
		assertThat(campaign.goals()).isEqualTo(CampaignGoals.all());
		assertThat(campaign.accidentConvention()).isEqualTo(AccidentPeriodConvention.POLICE_15_TO_14);
		assertThat(campaign.status()).isEqualTo(CampaignStatus.DRAFT);
		assertThat(fixture.campaigns.participants(campaign.id())).extracting(ParticipantView::unitId)
			.containsExactlyInAnyOrderElementsOf(ban.units().stream().map(u -> u.id()).toList());
		assertThat(fixture.queries.overview(office, campaign.id()).history()).singleElement()
			.satisfies(h -> assertThat(h.byUsername()).isEqualTo(office.username()));

		mvc.perform(get(location).with(as(office)))
			.andExpect(content().string(containsString("Chuẩn bị triển khai")));
	}

	@Test
	void theOfficeStartsFromTheSixTaskAreasOfThePlanAndEditsOne() throws Exception {
		Long id = fixture.aCampaign(ban).create();

		mvc.perform(post("/campaigns/{id}/task-areas/seed", id).with(as(office)).with(csrf()))
			.andExpect(redirectedUrl("/campaigns/" + id + "/task-areas"))
			.andExpect(flashKey("taskArea.seeded"));

		List<TaskAreaView> areas = fixture.campaigns.taskAreas(id);
		assertThat(areas).extracting(TaskAreaView::number).containsExactly(1, 2, 3, 4, 5, 6);
		assertThat(areas.get(3).description()).startsWith("Kiên trì xây dựng văn hoá giao thông an toàn");
		assertThat(areas.get(5).description()).endsWith("cứu chữa đa số thương tích cho nạn nhân TNGT.");

		TaskAreaView sixth = areas.get(5);
		mvc.perform(post("/campaigns/{id}/task-areas/{t}/edit", id, sixth.id()).with(as(office)).with(csrf())
			.param("title", "Cứu hộ, cứu nạn").param("description", sixth.description()).param("version", "0"))
			.andExpect(redirectedUrl("/campaigns/" + id + "/task-areas"));
		mvc.perform(post("/campaigns/{id}/task-areas/{t}/move-up", id, sixth.id()).with(as(office)).with(csrf()))
			.andExpect(redirectedUrl("/campaigns/" + id + "/task-areas"));

		assertThat(fixture.campaigns.taskAreas(id)).extracting(TaskAreaView::title).element(4)
			.isEqualTo("Cứu hộ, cứu nạn");

		mvc.perform(post("/campaigns/{id}/task-areas/seed", id).with(as(office)).with(csrf()))
			.andExpect(flashKey("taskArea.seed.notEmpty"));
		assertThat(fixture.campaigns.taskAreas(id)).hasSize(6);
	}

	@Test
	void theOfficeGeneratesMonthlyPeriodsFromJulyToDecember() throws Exception {
		Long id = fixture.aCampaign(ban).withSeedTaskAreas().create();

		mvc.perform(get("/campaigns/{id}/periods/generate", id).with(as(office)))
			.andExpect(status().isOk())
			.andExpect(fieldShows("startDate", "21/06/2024"))
			.andExpect(fieldShows("endDate", "31/12/2024"))
			.andExpect(fieldShows("dueDay", "20"));

		mvc.perform(CampaignForms.generate(id, office, "MONTHLY", "21/06/2024", "31/12/2024", "20"))
			.andExpect(redirectedUrl("/campaigns/" + id + "/periods"))
			.andExpect(flashKey("period.generated"));

		List<PeriodView> periods = fixture.campaigns.periods(id);
		assertThat(periods).extracting(PeriodView::name).containsExactly("Tháng 7/2024", "Tháng 8/2024",
				"Tháng 9/2024", "Tháng 10/2024", "Tháng 11/2024", "Tháng 12/2024");
		assertThat(periods).extracting(PeriodView::dueDate).containsExactly(d(20, 8, 2024), d(20, 9, 2024),
				d(20, 10, 2024), d(20, 11, 2024), d(20, 12, 2024), d(20, 1, 2025));
		assertThat(periods).allMatch(p -> p.cadence() == Cadence.MONTHLY && !p.baseline());

		mvc.perform(CampaignForms.generate(id, office, "QUARTERLY", "21/06/2024", "31/12/2024", "20"))
			.andExpect(redirectedUrl("/campaigns/" + id + "/periods"));
		assertThat(fixture.campaigns.periods(id)).extracting(PeriodView::name).contains("Quý III/2024",
				"Quý IV/2024");
	}

	@Test
	void theOfficeChoosesTheUnitsAndTheirPersonsInCharge() throws Exception {
		Long id = fixture.aCampaign(ban).withSeedTaskAreas().withMonthlyPeriods(7, 12).create();
		ParticipantView police = fixture.campaigns.participants(id).stream()
			.filter(p -> p.unitId().equals(ban.unit(0).id())).findFirst().orElseThrow();
		ParticipantView education = fixture.campaigns.participants(id).stream()
			.filter(p -> p.unitId().equals(ban.unit(1).id())).findFirst().orElseThrow();

		mvc.perform(post("/campaigns/{id}/units/{p}/delete", id, education.id()).with(as(office)).with(csrf()))
			.andExpect(redirectedUrl("/campaigns/" + id + "/units"));
		assertThat(fixture.campaigns.isParticipant(id, ban.unit(1).id())).isFalse();

		mvc.perform(post("/campaigns/{id}/units/{p}/edit", id, police.id()).with(as(office)).with(csrf())
			.param("unitId", police.unitId().toString()).param("contactName", "Đỗ Văn G")
			.param("contactPosition", "Cán bộ Đội CSGT-TT").param("contactPhone", "0912 345 678")
			.param("contactEmail", "csgt@tamduong.example.vn").param("joinedOn", "").param("leftOn", "")
			.param("version", String.valueOf(police.version())))
			.andExpect(redirectedUrl("/campaigns/" + id + "/units"));

		mvc.perform(get("/campaigns/{id}/units/new", id).with(as(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ban.unit(1).name())));
		mvc.perform(post("/campaigns/{id}/units", id).with(as(office)).with(csrf())
			.param("unitId", ban.unit(1).id().toString()).param("contactName", "Lò Thị C")
			.param("joinedOn", "01/08/2024").param("version", "0"))
			.andExpect(redirectedUrl("/campaigns/" + id + "/units"));

		ParticipantView contact = fixture.participants.get(office, id, police.id());
		assertThat(contact.contactName()).isEqualTo("Đỗ Văn G");
		assertThat(contact.contactPhone()).isEqualTo("0912 345 678");
		ParticipantView lateJoiner = fixture.campaigns.participants(id).stream()
			.filter(p -> p.unitId().equals(ban.unit(1).id())).findFirst().orElseThrow();
		assertThat(lateJoiner.joinedOn()).isEqualTo(d(1, 8, 2024));
		PeriodView july = fixture.campaigns.periods(id).get(0);
		assertThat(lateJoiner.participatesIn(july)).isFalse();
		assertThat(fixture.campaigns.participants(id)).hasSize(4);

		mvc.perform(post("/campaigns/{id}/units", id).with(as(office)).with(csrf())
			.param("unitId", ban.inactive().id().toString()).param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "unitId", "participant.unit.notMember"));
	}

	@Test
	void theOfficeStartsTheCampaign() throws Exception {
		Long id = fixture.aCampaign(ban).withSeedTaskAreas().withMonthlyPeriods(7, 12).create();

		mvc.perform(post("/campaigns/{id}/activate", id).with(as(office)).with(csrf()))
			.andExpect(redirectedUrl("/campaigns/" + id))
			.andExpect(flashKey("campaign.activated"));

		assertThat(fixture.campaigns.get(id).status()).isEqualTo(CampaignStatus.ACTIVE);
		assertThat(events.stream(CampaignActivated.class)).containsExactly(new CampaignActivated(id));
		assertThat(fixture.queries.overview(office, id).history()).last().satisfies(h -> {
			assertThat(h.from()).isEqualTo(CampaignStatus.DRAFT);
			assertThat(h.to()).isEqualTo(CampaignStatus.ACTIVE);
			assertThat(h.by()).isEqualTo(office.fullName());
		});
		mvc.perform(get("/campaigns/{id}", id).with(as(office)))
			.andExpect(content().string(containsString("Nháp → Đang triển khai")));
	}

	@Test
	void theOfficeClonesTheCampaignTo2025() throws Exception {
		Long id = fixture.aCampaign(ban).withSeedTaskAreas().withMonthlyPeriods(7, 12).active().create();
		ParticipantView police = fixture.campaigns.participants(id).get(0);
		fixture.participants.update(office, id, police.id(), police.version(),
				new ParticipantCommand("Đỗ Văn G", "Cán bộ Đội CSGT-TT", "0912 345 678", "csgt@example.vn", null, null));
		fixture.campaigns.close(office, id);

		mvc.perform(get("/campaigns/{id}/clone", id).with(as(office)))
			.andExpect(status().isOk())
			.andExpect(fieldShows("planNumber", ""))
			.andExpect(fieldShows("planDate", "21/06/2025"))
			.andExpect(fieldShows("startDate", "21/06/2025"))
			.andExpect(fieldShows("endDate", "31/12/2025"))
			.andExpect(fieldShows("baselineYear", "2024"))
			.andExpect(fieldShows("title",
					"Phát động phong trào thi đua bảo đảm trật tự, an toàn giao thông năm 2025 trên địa bàn huyện Tam Đường"));

		String location = mvc.perform(post("/campaigns/{id}/clone", id).with(as(office)).with(csrf())
			.param("planNumber", "05/KH-BATGT").param("planDate", "15/01/2025")
			.param("title", "Phát động phong trào thi đua bảo đảm trật tự, an toàn giao thông năm 2025")
			.param("theme", "Chủ đề năm 2025").param("startDate", "21/06/2025").param("endDate", "31/12/2025")
			.param("baselineYear", "2024"))
			.andExpect(redirectedUrlPattern("/campaigns/*"))
			.andExpect(flashKey("campaign.cloned"))
			.andReturn().getResponse().getRedirectedUrl();

		Long copy = idFrom(location);
		CampaignView clone = fixture.campaigns.get(copy);
		assertThat(clone.status()).isEqualTo(CampaignStatus.DRAFT);
		assertThat(clone.planNumber()).isEqualTo("05/KH-BATGT");
		assertThat(clone.baselineYear()).isEqualTo(2024);
		assertThat(clone.committeeId()).isEqualTo(ban.committeeId());
		assertThat(clone.legalBasis()).isNull();
		assertThat(clone.goals()).isEqualTo(CampaignGoals.all());
		assertThat(fixture.campaigns.taskAreas(copy)).extracting(TaskAreaView::description)
			.isEqualTo(fixture.campaigns.taskAreas(id).stream().map(TaskAreaView::description).toList());
		assertThat(fixture.campaigns.periods(copy)).extracting(PeriodView::name).containsExactly("Tháng 7/2025",
				"Tháng 8/2025", "Tháng 9/2025", "Tháng 10/2025", "Tháng 11/2025", "Tháng 12/2025");
		assertThat(fixture.campaigns.periods(copy).get(5).dueDate()).isEqualTo(d(20, 1, 2026));
		assertThat(fixture.campaigns.participants(copy)).hasSize(4)
			.anySatisfy(p -> {
				assertThat(p.contactName()).isEqualTo("Đỗ Văn G");
				assertThat(p.contactPhone()).isEqualTo("0912 345 678");
			});
		assertThat(fixture.campaigns.get(id).status()).isEqualTo(CampaignStatus.CLOSED);
		assertThat(fixture.campaigns.periods(id).get(0).name()).isEqualTo("Tháng 7/2024");
	}

	@Test
	void theOfficeClosesARunningCampaign() throws Exception {
		Long id = fixture.aCampaign(ban).withTaskAreas(1).active().create();

		mvc.perform(post("/campaigns/{id}/close", id).with(as(office)).with(csrf()))
			.andExpect(redirectedUrl("/campaigns/" + id))
			.andExpect(flashKey("campaign.closedNow"));

		assertThat(fixture.campaigns.get(id).status()).isEqualTo(CampaignStatus.CLOSED);
		assertThat(events.stream(CampaignClosed.class)).containsExactly(new CampaignClosed(id));
	}
}
