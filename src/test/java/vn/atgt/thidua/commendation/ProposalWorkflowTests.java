package vn.atgt.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.atgt.thidua.commendation.CommendationFixture.Ban;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The chain of journey 8 through the screens: a unit proposes an individual citing its recognised exemplar, only the
 * head submits, the office accepts and publishes, the meeting votes (9 of 11 present, 8 in favour = 88,9 %), the
 * office approves, forwards and records the decision number; a share below the threshold is refused; an expired award
 * form is refused with its dates; every bad input is a field error.
 */
@ThiDuaIntegrationTest
class ProposalWorkflowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CommendationFixture fixture;

	@Autowired
	ProposalService proposals;

	@Autowired
	ProposalQueries queries;

	static MockHttpServletRequestBuilder form(String url, CurrentUser user, Map<String, String> values) {
		MockHttpServletRequestBuilder request = post(url).with(as(user)).with(csrf());
		values.forEach(request::param);
		return request;
	}

	Map<String, String> valid(Ban ban, Long exemplarId) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("unitId", ban.banBo().id().toString());
		form.put("kind", "INDIVIDUAL");
		form.put("nomineeName", "Lò Thị Mai");
		form.put("position", "Công chức Văn hóa - Xã hội xã Bản Bo");
		form.put("gender", "FEMALE");
		form.put("frontLine", "true");
		form.put("awardFormId", fixture.giayKhen().toString());
		form.put("plannedDecisionOn", "20/12/2024");
		form.put("achievements", "Tổ chức 15 buổi tuyên truyền; xây dựng mô hình Cổng trường an toàn giao thông");
		form.put("achievementReport", "Báo cáo thành tích của bà Lò Thị Mai năm 2024 ...");
		if (exemplarId != null) {
			form.put("exemplarIds", exemplarId.toString());
		}
		form.put("version", "0");
		return form;
	}

	private String page(String url, CurrentUser user) throws Exception {
		return mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	@Test
	void theWholeChainFromTheUnitsProposalToTheDecisionNumber() throws Exception {
		Ban ban = fixture.ban();
		CurrentUser office = users.office();
		Long exemplar = fixture.recognisedExemplar(ban, ban.banBo(), office);
		CurrentUser officer = fixture.officer(ban.banBo());
		CurrentUser head = fixture.head(ban.banBo());
		String base = "/campaigns/" + ban.campaignId() + "/commendations";

		Document newForm = Jsoup.parse(page(base + "/new", officer));
		assertThat(newForm.select("select[name=awardFormId] option").text())
			.contains("Giấy khen của Chủ tịch UBND huyện").doesNotContain("UBND xã");
		assertThat(newForm.select("input[name=exemplarIds]")).hasSize(1);
		mvc.perform(form(base, officer, valid(ban, exemplar))).andExpect(status().is3xxRedirection());
		Long id = queries.listPage(officer, ban.campaignId(), null, PageRequest.of(0, 10)).proposals().getContent()
			.get(0).id();
		String url = base + "/" + id;
		mvc.perform(form(url + "/submit", officer, Map.of("version", "0"))).andExpect(status().isForbidden());
		mvc.perform(form(url + "/submit", head, Map.of("version", "0"))).andExpect(status().is3xxRedirection());
		mvc.perform(form(url + "/accept", office, Map.of("version", "1"))).andExpect(status().is3xxRedirection());
		mvc.perform(form(url + "/publish", office, Map.of("version", "2"))).andExpect(status().is3xxRedirection());
		mvc.perform(form(url + "/approve", office, Map.of("version", "3")))
			.andExpect(status().isOk()).andExpect(model().attributeHasErrors("stepForm"));

		mvc.perform(form(base + "/meeting", office, Map.of("heldOn", "12/12/2024", "chair", "Lò Văn Chủ trì",
				"secretary", "Tao Thị Thư ký", "membersPresent", "9", "membersTotal", "11", "voteThreshold", "50",
				"votes[" + id + "]", "8"))).andExpect(status().is3xxRedirection());
		Document voted = Jsoup.parse(page(url, office));
		assertThat(voted.select("[data-testid=vote-share]").text())
			.isEqualTo("8/9 thành viên có mặt (tổng số 11) đồng ý = 88,9% (ngưỡng 50%): đạt");
		mvc.perform(form(url + "/approve", office, Map.of("version", "4"))).andExpect(status().is3xxRedirection());
		mvc.perform(form(url + "/forward", office, Map.of("version", "5"))).andExpect(status().is3xxRedirection());
		mvc.perform(form(url + "/decide", office, Map.of("version", "6", "decisionNumber", "",
				"decidedOn", "15/01/2025", "decisionIssuer", "Chủ tịch UBND huyện Tam Đường")))
			.andExpect(model().attributeHasFieldErrorCode("stepForm", "decisionNumber", "validation.required"));
		mvc.perform(form(url + "/decide", office, Map.of("version", "6", "decisionNumber", "125/QĐ-UBND",
				"decidedOn", "15/01/2025", "decisionIssuer", "Chủ tịch UBND huyện Tam Đường")))
			.andExpect(status().is3xxRedirection());

		Document decided = Jsoup.parse(page(url, head));
		assertThat(decided.select("[data-testid=proposal-status]").text()).isEqualTo("Đã có quyết định khen thưởng");
		assertThat(decided.select("[data-testid=decision]").text())
			.isEqualTo("Số 125/QĐ-UBND ngày 15/01/2025 của Chủ tịch UBND huyện Tam Đường");
		assertThat(decided.select("[data-testid=cited-exemplars]").text()).contains("Cổng trường an toàn giao thông");
		assertThat(decided.select("[data-testid=proposal-history]").text()).contains("Nháp", "Đã gửi",
				"Đã tiếp nhận", "Đang công khai", "Đã duyệt", "Đã trình cấp quyết định", "Đã có quyết định");
	}

	@Test
	void aShareBelowTheThresholdIsRefusedAndAnIncompleteDossierIsNotForwarded() {
		Ban ban = fixture.ban();
		CurrentUser office = users.office();
		Long low = fixture.accepted(ban, ban.banBo(),
				CommendationFixture.individual(ban.banBo(), "Vàng A Dơ", Gender.MALE, true, fixture.giayKhen()), office);
		Long titled = fixture.accepted(ban, ban.binhLu(), CommendationFixture.individual(ban.binhLu(), "Lò Văn Hùng",
				Gender.MALE, false, fixture.form("CSTDCS-HUYEN-2024")), office);
		fixture.meeting(ban, office, Map.of(low, 4, titled, 9));
		assertThatThrownBy(() -> proposals.approve(office, ban.campaignId(), low, 3))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("proposal.vote.belowThreshold");
				assertThat(e.arguments()).containsExactly("44,4", "50");
			});
		proposals.approve(office, ban.campaignId(), titled, 3);
		assertThatThrownBy(() -> proposals.forward(office, ban.campaignId(), titled, 4))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.arguments()).containsExactly("INITIATIVE_CERTIFICATE"));
	}

	@Test
	void anAwardFormWhoseValidityEndedIsRefusedBesideItsField() throws Exception {
		Ban ban = fixture.ban();
		CurrentUser officer = fixture.officer(ban.banBo());
		Map<String, String> values = valid(ban, null);
		values.put("plannedDecisionOn", "15/07/2025");
		String html = mvc.perform(form("/campaigns/" + ban.campaignId() + "/commendations", officer, values))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "awardFormId", "award.notValidOn"))
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(html).select("#awardFormId-error").text())
			.contains("không còn hiệu lực vào ngày 15/07/2025", "01/01/2024 – 30/06/2025");
		assertThat(Jsoup.parse(html).select("select[name=awardFormId] option").text())
			.contains("Giấy khen của Chủ tịch UBND xã").doesNotContain("UBND huyện");
	}

	@Test
	void everyBadInputIsAFieldErrorAndNothingIsWritten() throws Exception {
		Ban ban = fixture.ban();
		Ban other = fixture.ban();
		CurrentUser office = users.office(ban.committeeId());
		Long otherExemplar = fixture.recognisedExemplar(other, other.banBo(), users.office(other.committeeId()));
		CurrentUser officer = fixture.officer(ban.banBo());
		String url = "/campaigns/" + ban.campaignId() + "/commendations";
		String[][] cases = { { "nomineeName", " ", "NotBlank" }, { "kind", "", "NotNull" },
				{ "kind", "TEAM", "typeMismatch" }, { "gender", "", "proposal.gender.required" },
				{ "gender", "X", "typeMismatch" }, { "awardFormId", "", "NotNull" },
				{ "awardFormId", "999999", "award.unknown" }, { "plannedDecisionOn", "31/13/2024", "typeMismatch" },
				{ "achievements", "", "NotBlank" }, { "exemplarIds", otherExemplar.toString(), "proposal.exemplar.unknown" },
				{ "awardFormId", fixture.form("TTLDTT-HUYEN-2024").toString(), "award.notForNominee" },
				{ "unitId", "abc", "typeMismatch" } };
		for (String[] c : cases) {
			Map<String, String> values = valid(ban, null);
			values.put(c[0], c[1]);
			String field = "gender".equals(c[0]) && c[1].isEmpty() ? "gender" : c[0];
			mvc.perform(form(url, officer, values)).andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("form", field, c[2]));
		}
		String[][] meeting = { { "membersPresent", "12", "meeting.present.overTotal" },
				{ "membersTotal", "x", "typeMismatch" }, { "heldOn", "01/01/2999", "meeting.heldOn.future" },
				{ "voteThreshold", "0", "DecimalMin" }, { "chair", "", "NotBlank" } };
		Long accepted = fixture.accepted(ban, ban.banBo(),
				CommendationFixture.individual(ban.banBo(), "Lò Thị Mai", Gender.FEMALE, true, fixture.giayKhen()), office);
		for (String[] c : meeting) {
			Map<String, String> values = new LinkedHashMap<>(Map.of("heldOn", "12/12/2024", "chair", "A", "secretary",
					"B", "membersPresent", "9", "membersTotal", "11", "voteThreshold", "50",
					"votes[" + accepted + "]", "8"));
			values.put(c[0], c[1]);
			mvc.perform(form(url + "/meeting", office, values)).andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("form", c[0], c[2]));
		}
		mvc.perform(form(url + "/meeting", office, Map.of("heldOn", "12/12/2024", "chair", "A", "secretary", "B",
				"membersPresent", "9", "membersTotal", "11", "voteThreshold", "50", "votes[" + accepted + "]", "10")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "votes[" + accepted + "]", "proposal.vote.range"));
		assertThat(queries.page(office, ban.campaignId(), accepted).proposal().meeting()).isNull();
		assertThat(queries.listPage(officer, ban.campaignId(), ProposalStatus.DRAFT, PageRequest.of(0, 10))
			.proposals()).isEmpty();
	}

	@Test
	void theCertificationAttachedCompletesTheDossierOfAChienSiThiDua() throws Exception {
		Ban ban = fixture.ban();
		CurrentUser office = users.office();
		CurrentUser head = fixture.head(ban.banBo());
		Long id = proposals.create(head, ban.campaignId(), CommendationFixture.individual(ban.banBo(), "Lò Văn Hùng",
				Gender.MALE, false, fixture.form("CSTDCS-HUYEN-2024")));
		String url = "/campaigns/" + ban.campaignId() + "/commendations/" + id + "/files";
		byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(url)
			.file(new org.springframework.mock.web.MockMultipartFile("file", "virus.exe", "application/pdf",
					"MZ".getBytes()))
			.param("part", "INITIATIVE_CERTIFICATE").param("version", "0").with(as(head)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("fileForm", "file", "proposal.file.refused"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(url)
			.file(new org.springframework.mock.web.MockMultipartFile("file", "xac-nhan.pdf", "application/pdf", pdf))
			.param("part", "INITIATIVE_CERTIFICATE").param("version", "0").with(as(fixture.head(ban.binhLu())))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(url)
			.file(new org.springframework.mock.web.MockMultipartFile("file", "xac-nhan.pdf", "application/pdf", pdf))
			.param("part", "INITIATIVE_CERTIFICATE").param("version", "0").with(as(head)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		proposals.submit(head, ban.campaignId(), id, 1);
		proposals.accept(office, ban.campaignId(), id, 2);
		fixture.meeting(ban, office, Map.of(id, 9));
		proposals.approve(office, ban.campaignId(), id, 4);
		proposals.forward(office, ban.campaignId(), id, 5);
		assertThat(queries.page(office, ban.campaignId(), id).proposal().status()).isEqualTo(ProposalStatus.FORWARDED);
	}
}
