package vn.atgt.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.math.BigDecimal;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.atgt.thidua.commendation.CommendationFixture.Ban;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The office's commendation settings screen (quota per unit, vote threshold, days of publication: saved, bad input a
 * field error, units refused), and the warning of a công trạng award that cites only chuyên đề awards as its grounds
 * on the office's list and on the proposal's page.
 */
@ThiDuaIntegrationTest
class CommendationSettingsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CommendationFixture fixture;

	@Autowired
	MeetingService meetings;

	@Autowired
	ProposalService proposals;

	private MockHttpServletRequestBuilder postAs(String url, CurrentUser user, String... params) {
		MockHttpServletRequestBuilder request = post(url).with(as(user)).with(csrf());
		for (int i = 0; i + 1 < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request;
	}

	@Test
	void theOfficeSetsTheQuotaTheThresholdAndTheDaysAndBadInputIsAFieldError() throws Exception {
		Ban ban = fixture.ban();
		CurrentUser office = users.office();
		String url = "/campaigns/" + ban.campaignId() + "/commendations/settings";
		mvc.perform(get(url).with(as(office))).andExpect(status().isOk());
		mvc.perform(postAs(url, office, "quotaPerUnit", "3", "voteThreshold", "66,5", "publishDays", "7", "version",
				"0")).andExpect(status().is3xxRedirection());
		CommendationSettingsView saved = meetings.settingsPage(office, ban.campaignId()).settings();
		assertThat(saved.quotaPerUnit()).isEqualTo(3);
		assertThat(saved.voteThreshold()).isEqualByComparingTo("66.5");
		assertThat(saved.publishDays()).isEqualTo(7);
		String list = mvc.perform(get("/campaigns/" + ban.campaignId() + "/commendations").with(as(office)))
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(list).select("[data-testid=settings-line]").text())
			.isEqualTo("Định mức mỗi đơn vị: 3 · Ngưỡng đồng ý: 66,5% số thành viên có mặt · Công khai 7 ngày làm việc.");

		String[][] bad = { { "voteThreshold", "0", "DecimalMin" }, { "voteThreshold", "", "NotNull" },
				{ "publishDays", "31", "Max" }, { "quotaPerUnit", "0", "Min" }, { "quotaPerUnit", "ba", "typeMismatch" } };
		for (String[] b : bad) {
			java.util.Map<String, String> values = new java.util.HashMap<>(java.util.Map.of("quotaPerUnit", "3",
					"voteThreshold", "50", "publishDays", "5", "version", Long.toString(saved.version())));
			values.put(b[0], b[1]);
			MockHttpServletRequestBuilder request = postAs(url, office);
			values.forEach(request::param);
			mvc.perform(request).andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("form", b[0], b[2]));
		}
		mvc.perform(postAs(url, office, "quotaPerUnit", "", "voteThreshold", "50", "publishDays", "5", "version", "0"))
			.andExpect(status().isOk()).andExpect(model().attributeHasErrors("form"));
		assertThat(meetings.settingsPage(office, ban.campaignId()).settings().quotaPerUnit()).isEqualTo(3);

		CurrentUser head = fixture.head(ban.banBo());
		mvc.perform(get(url).with(as(head))).andExpect(status().isForbidden());
		mvc.perform(postAs(url, head, "voteThreshold", "1", "publishDays", "1", "version", "1"))
			.andExpect(status().isForbidden());
		mvc.perform(get(url).with(as(users.leader()))).andExpect(status().isForbidden());
		assertThat(Jsoup.parse(mvc.perform(get("/campaigns/" + ban.campaignId() + "/commendations").with(as(head)))
			.andReturn().getResponse().getContentAsString()).select("[data-testid=settings-link]")).isEmpty();
	}

	@Test
	void aCongTrangAwardCitingOnlyAChuyenDeAwardIsWarnedOnTheListAndItsPage() throws Exception {
		Ban ban = fixture.ban();
		CurrentUser office = users.office();
		CurrentUser head = fixture.head(ban.banBo());
		Long giayKhen = fixture.giayKhen();
		Long ldtt = fixture.form("LDTT-HUYEN-2024");
		Long cstd = fixture.form("CSTDCS-HUYEN-2024");
		String base = "/campaigns/" + ban.campaignId() + "/commendations";
		// through the form: a Lao động tiên tiến (công trạng) resting only on a Giấy khen of the movement (chuyên đề)
		mvc.perform(postAs(base, head, "unitId", ban.banBo().id().toString(), "kind", "INDIVIDUAL", "nomineeName",
				"Lò Thị Mai", "gender", "FEMALE", "awardFormId", ldtt.toString(), "plannedDecisionOn", "20/12/2024",
				"achievements", "Hoàn thành xuất sắc nhiệm vụ", "basisAwardIds", giayKhen.toString(), "version", "0"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(postAs(base, head, "unitId", ban.banBo().id().toString(), "kind", "INDIVIDUAL", "nomineeName",
				"X", "gender", "FEMALE", "awardFormId", ldtt.toString(), "plannedDecisionOn", "20/12/2024",
				"achievements", "x", "basisAwardIds", "999999", "version", "0"))
			.andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("form", "basisAwardIds",
					"proposal.basis.unknown"));
		ProposalCommand c = CommendationFixture.individual(ban.banBo(), "Vàng A Dơ", Gender.MALE, true, ldtt);
		Long grounded = proposals.create(head, ban.campaignId(), new ProposalCommand(c.unitId(), c.kind(),
				c.nomineeName(), c.position(), c.gender(), c.frontLine(), ldtt, c.plannedDecisionOn(), c.achievements(),
				c.achievementReport(), List.of(), List.of(giayKhen, cstd)));
		Long thematic = proposals.create(head, ban.campaignId(), new ProposalCommand(c.unitId(), c.kind(),
				"Tao Văn Tâm", c.position(), c.gender(), c.frontLine(), giayKhen, c.plannedDecisionOn(),
				c.achievements(), c.achievementReport(), List.of(), List.of(giayKhen)));
		String list = mvc.perform(get(base).with(as(office))).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(list).select("[data-testid=basis-warning]")).isEmpty(); // drafts are not proposals yet
		Long mai = Long.valueOf(Jsoup.parse(list).select("[data-proposal]").stream()
			.filter(r -> r.text().contains("Lò Thị Mai")).findFirst().orElseThrow().attr("data-proposal"));
		for (Long id : List.of(mai, grounded, thematic)) {
			proposals.submit(head, ban.campaignId(), id, 0);
		}
		list = mvc.perform(get(base).with(as(office))).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(list).select("[data-testid=basis-warning]")).extracting(e -> e.text())
			.containsExactly("Lò Thị Mai (" + ban.banBo().name() + ") được đề nghị Danh hiệu “Lao động tiên tiến” chỉ "
					+ "căn cứ khen thưởng theo chuyên đề: khen thưởng chuyên đề không là căn cứ khen thưởng công trạng.");
		String page = mvc.perform(get(base + "/" + mai).with(as(head))).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(page).select("[data-testid=basis-warning]")).hasSize(1);
		assertThat(Jsoup.parse(page).select("[data-testid=basis-awards]").text()).contains("Giấy khen");
		for (Long id : List.of(grounded, thematic)) {
			page = mvc.perform(get(base + "/" + id).with(as(head))).andReturn().getResponse().getContentAsString();
			assertThat(Jsoup.parse(page).select("[data-testid=basis-warning]")).isEmpty();
		}
		assertThat(meetings.settingsPage(office, ban.campaignId()).settings().voteThreshold())
			.isEqualByComparingTo(BigDecimal.valueOf(50));
	}
}
