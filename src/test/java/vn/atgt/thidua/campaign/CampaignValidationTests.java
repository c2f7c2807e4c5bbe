package vn.atgt.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.atgt.thidua.support.TestUsers.as;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.campaign.CampaignFixture.Organisation;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/** Each bad input of the issue gives a clear Vietnamese message beside its field, keeps what was typed, writes nothing. */
@ThiDuaIntegrationTest
class CampaignValidationTests {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CampaignFixture fixture;

	@Autowired
	MessageSource messages;

	Organisation ban;
	CurrentUser office;

	@BeforeEach
	void setUp() {
		ban = fixture.organisation();
		office = users.office();
	}

	private boolean exists(String planNumber) {
		return fixture.campaigns.list(null).stream().anyMatch(c -> c.planNumber().equals(planNumber));
	}

	@Test
	void anEndBeforeTheStartIsRefusedBesideTheEndDate() throws Exception {
		String number = CampaignFixture.unique("SAI-");

		mvc.perform(CampaignForms.campaign("/campaigns", office, ban.committeeId(), number, "31/12/2024", "21/06/2024"))
			.andExpect(status().isOk())
			.andExpect(view().name("campaign/form"))
			.andExpect(model().attributeHasFieldErrorCode("form", "endDate", "campaign.endDate.beforeStart"))
			.andExpect(content().string(containsString("Ngày kết thúc không được trước ngày bắt đầu.")))
			.andExpect(CampaignForms.fieldShows("planNumber", number))
			.andExpect(CampaignForms.fieldShows("theme", CampaignForms.THEME))
			.andExpect(CampaignForms.fieldShows("startDate", "31/12/2024"));

		assertThat(exists(number)).isFalse();
	}

	@Test
	void aDateThatIsNotADateIsAFieldErrorAndTheTypedTextStays() throws Exception {
		String number = CampaignFixture.unique("SAI-");

		mvc.perform(CampaignForms.campaign("/campaigns", office, ban.committeeId(), number, "31/02/2024", "31/12/2024"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "startDate", "typeMismatch"))
			.andExpect(content().string(containsString("Ngày không hợp lệ, hãy nhập theo dạng dd/mm/yyyy.")))
			.andExpect(CampaignForms.fieldShows("startDate", "31/02/2024"))
			.andExpect(CampaignForms.fieldShows("title", CampaignForms.TITLE));

		assertThat(exists(number)).isFalse();
	}

	@Test
	void missingRequiredFieldsAreNamed() throws Exception {
		mvc.perform(post("/campaigns").with(as(office)).with(csrf()).param("committeeId", ban.committeeId().toString())
			.param("planNumber", " ").param("planDate", "").param("title", "").param("startDate", "")
			.param("endDate", "").param("baselineYear", "").param("accidentConvention", "").param("version", "0")
			.param("_goalReduceCases", "on").param("_goalReduceDeaths", "on").param("_goalReduceInjured", "on")
			.param("_goalReduceDrinkDriving", "on").param("_goalNoEspeciallySerious", "on")
			.param("_goalNoCommercialTransport", "on"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "planNumber", "planDate", "title", "startDate",
					"endDate", "baselineYear", "accidentConvention"))
			.andExpect(content().string(containsString("Vui lòng nhập số kế hoạch (ví dụ: 06/KH-BATGT).")));
	}

	@Test
	void editingWithAnEndBeforeTheStartChangesNothing() throws Exception {
		Long id = fixture.aCampaign(ban).create();

		mvc.perform(CampaignForms.campaign("/campaigns/" + id + "/edit", office, ban.committeeId(), "06/KH-BATGT",
				"21/06/2024", "20/06/2024"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "endDate", "campaign.endDate.beforeStart"));

		assertThat(fixture.campaigns.get(id).endDate()).hasToString("2024-12-31");
	}

	@Test
	void aStaleEditIsRefusedAndKeepsTheUsersText() throws Exception {
		Long id = fixture.aCampaign(ban).create();
		CampaignView shown = fixture.campaigns.get(id);
		fixture.campaigns.update(office, id, shown.version(), CampaignFixture.seedPlan("06/KH-BATGT đã sửa"));

		mvc.perform(CampaignForms.campaign("/campaigns/" + id + "/edit", office, ban.committeeId(), "06/KH-BATGT của tôi",
				"21/06/2024", "31/12/2024").param("version", String.valueOf(shown.version())))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("form"))
			.andExpect(content().string(containsString("Dữ liệu vừa được người khác thay đổi.")))
			.andExpect(CampaignForms.fieldShows("planNumber", "06/KH-BATGT của tôi"));

		assertThat(fixture.campaigns.get(id).planNumber()).isEqualTo("06/KH-BATGT đã sửa");
	}

	@Test
	void generatingPeriodsThatOverlapThoseOfTheSameCadenceWritesNothing() throws Exception {
		Long id = fixture.aCampaign(ban).withMonthlyPeriods(9, 9).create();

		mvc.perform(CampaignForms.generate(id, office, "MONTHLY", "01/07/2024", "31/12/2024", "20"))
			.andExpect(status().isOk())
			.andExpect(view().name("campaign/period-generate"))
			.andExpect(model().attributeHasFieldErrorCode("form", "startDate", "period.overlaps"))
			.andExpect(content().string(containsString("Trùng thời gian với kỳ «Tháng 9/2024» cùng loại kỳ.")));

		assertThat(fixture.campaigns.periods(id)).extracting(PeriodView::name).containsExactly("Tháng 9/2024");
	}

	@Test
	void aPeriodAddedByHandMayNotOverlapAnotherOfItsCadence() throws Exception {
		Long id = fixture.aCampaign(ban).withMonthlyPeriods(7, 8).create();

		mvc.perform(CampaignForms.period(id, office, "MONTHLY", "Giữa tháng 7", "15/07/2024", "14/08/2024",
				"20/08/2024", false))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "startDate", "period.overlaps"))
			.andExpect(CampaignForms.fieldShows("name", "Giữa tháng 7"));
		assertThat(fixture.campaigns.periods(id)).hasSize(2);

		mvc.perform(CampaignForms.period(id, office, "AD_HOC", "Giữa tháng 7", "15/07/2024", "14/08/2024",
				"20/08/2024", false))
			.andExpect(redirectedUrl("/campaigns/" + id + "/periods"));
		assertThat(fixture.campaigns.periods(id)).hasSize(3);
	}

	@Test
	void aDueDateBeforeThePeriodEndsIsRefused() throws Exception {
		Long id = fixture.aCampaign(ban).create();

		mvc.perform(CampaignForms.period(id, office, "AD_HOC", "Sơ kết 6 tháng", "21/06/2024", "30/11/2024",
				"29/11/2024", false))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "dueDate", "period.dueDate.beforeEnd"))
			.andExpect(content().string(containsString("Hạn nộp không được trước ngày kết thúc kỳ (30/11/2024).")));

		assertThat(fixture.campaigns.periods(id)).isEmpty();
	}

	@Test
	void aPeriodThatEndsBeforeItStartsIsRefused() throws Exception {
		Long id = fixture.aCampaign(ban).create();

		mvc.perform(CampaignForms.period(id, office, "AD_HOC", "Ngược", "30/11/2024", "01/11/2024", "20/12/2024",
				false))
			.andExpect(model().attributeHasFieldErrorCode("form", "endDate", "period.endDate.beforeStart"));
		mvc.perform(CampaignForms.generate(id, office, "MONTHLY", "31/12/2024", "01/07/2024", "20"))
			.andExpect(model().attributeHasFieldErrorCode("form", "endDate", "period.endDate.beforeStart"));

		assertThat(fixture.campaigns.periods(id)).isEmpty();
	}

	@Test
	void aCadenceAndRangeThatYieldNoPeriodIsRefused() throws Exception {
		Long id = fixture.aCampaign(ban).create();

		mvc.perform(CampaignForms.generate(id, office, "YEARLY", "21/06/2024", "31/12/2024", "20"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "cadence", "period.generate.none"))
			.andExpect(content().string(containsString(
					"Khoảng thời gian đã chọn không chứa trọn vẹn kỳ báo cáo nào của loại kỳ này.")));
		mvc.perform(CampaignForms.generate(id, office, "MONTHLY", "05/07/2024", "25/07/2024", "20"))
			.andExpect(model().attributeHasFieldErrorCode("form", "cadence", "period.generate.none"));

		assertThat(fixture.campaigns.periods(id)).isEmpty();
	}

	@Test
	void aPeriodOutsideTheCampaignIsRefusedUnlessItIsTheBaseline() throws Exception {
		Long id = fixture.aCampaign(ban).create();

		mvc.perform(CampaignForms.generate(id, office, "MONTHLY", "01/01/2024", "31/12/2024", "20"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "startDate", "period.outsideCampaign"))
			.andExpect(content().string(containsString(
					"Kỳ báo cáo phải nằm trong thời gian thực hiện phong trào (21/06/2024 – 31/12/2024), trừ kỳ của năm so sánh.")));
		assertThat(fixture.campaigns.periods(id)).isEmpty();

		mvc.perform(CampaignForms.generate(id, office, "MONTHLY", "01/07/2023", "31/12/2023", "20")
			.param("baseline", "true"))
			.andExpect(redirectedUrl("/campaigns/" + id + "/periods"));
		assertThat(fixture.campaigns.periods(id)).hasSize(6).allMatch(PeriodView::baseline);
	}

	@Test
	void activatingWithoutATaskAreaOrAUnitSaysWhyAndChangesNothing() throws Exception {
		Long noTaskArea = fixture.aCampaign(ban).create();
		Long noUnit = fixture.aCampaign(ban).withTaskAreas(1).withoutParticipants().create();

		mvc.perform(post("/campaigns/{id}/activate", noTaskArea).with(as(office)).with(csrf()))
			.andExpect(redirectedUrl("/campaigns/" + noTaskArea))
			.andExpect(CampaignForms.flashKey("campaign.activate.noTaskArea"));
		mvc.perform(post("/campaigns/{id}/activate", noUnit).with(as(office)).with(csrf()))
			.andExpect(CampaignForms.flashKey("campaign.activate.noParticipant"));

		assertThat(fixture.campaigns.get(noTaskArea).status()).isEqualTo(CampaignStatus.DRAFT);
		assertThat(fixture.campaigns.get(noUnit).status()).isEqualTo(CampaignStatus.DRAFT);
		assertThat(fixture.queries.overview(office, noTaskArea).history()).hasSize(1);
		assertThat(messages.getMessage("campaign.activate.noTaskArea", null, VIETNAMESE))
			.isEqualTo("Chưa thể triển khai: phong trào chưa có nhiệm vụ trọng tâm nào.");
		assertThat(messages.getMessage("campaign.activate.noParticipant", null, VIETNAMESE))
			.isEqualTo("Chưa thể triển khai: phong trào chưa có đơn vị tham gia nào.");
	}

	@Test
	void theFlashOfARefusedActivationIsShownInVietnamese() throws Exception {
		Long id = fixture.aCampaign(ban).create();

		mvc.perform(get("/campaigns/{id}", id)
			.with(as(office)).flashAttr(Flash.ATTRIBUTE,
					new Flash(Flash.Level.DANGER, "campaign.activate.noTaskArea", new Object[0])))
			.andExpect(content().string(containsString("Chưa thể triển khai: phong trào chưa có nhiệm vụ trọng tâm nào.")));
	}

	@Test
	void aUnitCannotLeaveBeforeItJoined() throws Exception {
		Long id = fixture.aCampaign(ban).create();
		ParticipantView unit = fixture.campaigns.participants(id).get(0);

		mvc.perform(post("/campaigns/{id}/units/{p}/edit", id, unit.id()).with(as(office)).with(csrf())
			.param("unitId", unit.unitId().toString()).param("contactName", "Lò Văn Minh")
			.param("joinedOn", "01/09/2024").param("leftOn", "01/08/2024").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "leftOn", "participant.leftOn.beforeJoined"))
			.andExpect(content().string(containsString("Ngày rời phong trào không được trước ngày tham gia.")));

		assertThat(fixture.participants.get(office, id, unit.id()).contactName()).isNull();
	}

	@Test
	void aBadEmailOfThePersonInChargeIsAFieldError() throws Exception {
		Long id = fixture.aCampaign(ban).create();
		ParticipantView unit = fixture.campaigns.participants(id).get(0);

		mvc.perform(post("/campaigns/{id}/units/{p}/edit", id, unit.id()).with(as(office)).with(csrf())
			.param("contactEmail", "khong-phai-email").param("version", "0"))
			.andExpect(model().attributeHasFieldErrorCode("form", "contactEmail", "Email"));
	}
}
