package vn.atgt.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.support.TestUnits;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The dated catalogue of award forms: both seeded catalogues are offered on their side of 1/7/2025 (the district
 * chairman's Giấy khen under Nghị định 98/2023 before, the commune chairman's under Nghị định 152/2025 after); a form
 * whose validity ended is refused with a message that names its dates; the administrator edits the catalogue, every
 * bad input beside its field; nobody else reaches it.
 */
@ThiDuaIntegrationTest
class AwardFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AwardFormService forms;

	@Autowired
	MessageSource messages;

	@Test
	void eachSideOf1July2025OffersItsOwnCatalogue() {
		List<AwardFormView> before = forms.offeredOn(LocalDate.of(2025, 6, 30), NomineeKind.INDIVIDUAL);
		List<AwardFormView> after = forms.offeredOn(LocalDate.of(2025, 7, 1), NomineeKind.INDIVIDUAL);
		assertThat(before).extracting(AwardFormView::code).contains("GK-HUYEN-CD-2024", "BK-TINH-CD-2024",
				"LDTT-HUYEN-2024", "CSTDCS-HUYEN-2024").doesNotContain("GK-XA-CD-2025", "TTLDTT-HUYEN-2024");
		assertThat(after).extracting(AwardFormView::code).contains("GK-XA-CD-2025", "BK-TINH-CD-2025")
			.doesNotContain("GK-HUYEN-CD-2024", "BK-TINH-CD-2024");
		AwardFormView district = before.stream().filter(f -> f.code().equals("GK-HUYEN-CD-2024")).findFirst().get();
		assertThat(district.decider()).isEqualTo("Chủ tịch Ủy ban nhân dân cấp huyện");
		assertThat(district.legalBasis()).contains("Nghị định số 98/2023/NĐ-CP");
		assertThat(district.parts()).containsExactly(DossierPart.SUBMISSION, DossierPart.ACHIEVEMENT_REPORT,
				DossierPart.MEETING_MINUTES);
		AwardFormView commune = after.stream().filter(f -> f.code().equals("GK-XA-CD-2025")).findFirst().get();
		assertThat(commune.decider()).contains("cấp xã", "Nghị định số 129/2025/NĐ-CP, Điều 59");
		assertThat(commune.legalBasis()).contains("Nghị định số 152/2025/NĐ-CP", "Thông tư số 15/2025/TT-BNV");
		assertThat(after.stream().filter(f -> f.code().equals("BK-TINH-CD-2025")).findFirst().get()
			.viaHigherCommittee()).isTrue();
		assertThat(after.stream().filter(f -> f.code().equals("CSTDCS-XA-2025")).findFirst().get().parts())
			.contains(DossierPart.INITIATIVE_CERTIFICATE);
		assertThat(forms.offeredOn(LocalDate.of(2024, 12, 20), NomineeKind.COLLECTIVE))
			.extracting(AwardFormView::code).contains("TTLDTT-HUYEN-2024").doesNotContain("LDTT-HUYEN-2024");
	}

	@Test
	void aFormWhoseValidityEndedIsRefusedWithAMessage() {
		Long district = forms.offeredOn(LocalDate.of(2024, 12, 20), NomineeKind.INDIVIDUAL).stream()
			.filter(f -> f.code().equals("GK-HUYEN-CD-2024")).findFirst().get().id();
		assertThat(forms.requireOffered(district, LocalDate.of(2025, 6, 30), NomineeKind.INDIVIDUAL).code())
			.isEqualTo("GK-HUYEN-CD-2024");
		assertThatThrownBy(() -> forms.requireOffered(district, LocalDate.of(2025, 7, 1), NomineeKind.INDIVIDUAL))
			.isInstanceOfSatisfying(FieldException.class, e -> {
				assertThat(e.field()).isEqualTo("awardFormId");
				assertThat(messages.getMessage(e.messageKey(), e.arguments(), java.util.Locale.forLanguageTag("vi")))
					.contains("không còn hiệu lực vào ngày 01/07/2025", "01/01/2024 – 30/06/2025");
			});
		Long collectiveOnly = forms.offeredOn(LocalDate.of(2024, 12, 20), NomineeKind.COLLECTIVE).stream()
			.filter(f -> f.code().equals("TTLDTT-HUYEN-2024")).findFirst().get().id();
		assertThatThrownBy(() -> forms.requireOffered(collectiveOnly, LocalDate.of(2024, 12, 20),
				NomineeKind.INDIVIDUAL)).isInstanceOf(FieldException.class);
	}

	static Map<String, String> valid() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("code", TestUnits.uniqueCode("GK"));
		form.put("name", "Giấy khen của Trưởng Công an huyện");
		form.put("basis", "THEMATIC");
		form.put("decider", "Trưởng Công an huyện");
		form.put("legalBasis", "Luật Thi đua, khen thưởng số 06/2022/QH15");
		form.put("validFrom", "01/01/2024");
		form.put("validTo", "30/06/2025");
		form.put("forIndividual", "true");
		form.put("parts", "SUBMISSION");
		form.put("version", "0");
		return form;
	}

	static MockHttpServletRequestBuilder form(String url, CurrentUser user, Map<String, String> values) {
		MockHttpServletRequestBuilder request = post(url).with(as(user)).with(csrf());
		values.forEach(request::param);
		return request;
	}

	@Test
	void theAdministratorKeepsTheCatalogueEveryBadInputBesideItsField() throws Exception {
		CurrentUser admin = users.admin();
		String[][] cases = { { "code", "", "NotBlank" }, { "code", "có dấu", "Pattern" }, { "name", " ", "NotBlank" },
				{ "basis", "NONE", "typeMismatch" }, { "validFrom", "", "NotNull" },
				{ "validFrom", "30/02/2024", "typeMismatch" }, { "validTo", "31/12/2023", "award.validTo.beforeFrom" },
				{ "forIndividual", "", "award.nominee.none" }, { "parts", "ACHIEVEMENT_REPORT", "award.parts.submission" },
				{ "code", "GK-HUYEN-CD-2024", "award.code.taken" }, { "legalBasis", "x".repeat(1001), "Size" } };
		for (String[] c : cases) {
			Map<String, String> values = valid();
			values.put(c[0], c[1]);
			mvc.perform(form("/admin/award-forms", admin, values))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("form", c[0], c[2]));
		}
		Map<String, String> values = valid();
		mvc.perform(form("/admin/award-forms", admin, values)).andExpect(status().is3xxRedirection());
		String html = mvc.perform(get("/admin/award-forms").with(as(admin))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(Jsoup.parse(html).select("[data-award=" + values.get("code") + "]").text())
			.contains("Trưởng Công an huyện", "01/01/2024 – 30/06/2025", "Tờ trình đề nghị khen thưởng kèm danh sách");

		for (CurrentUser other : List.of(users.office(), users.leader())) {
			mvc.perform(get("/admin/award-forms").with(as(other))).andExpect(status().isForbidden());
			mvc.perform(form("/admin/award-forms", other, valid())).andExpect(status().isForbidden());
		}
	}
}
