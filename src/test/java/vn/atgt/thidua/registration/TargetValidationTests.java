package vn.atgt.thidua.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.atgt.thidua.support.TestUsers.as;

import java.math.BigDecimal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;
import vn.atgt.thidua.registration.TargetFixture.Movement;
import vn.atgt.thidua.registration.TargetFixture.RegistrationBuilder;

/**
 * Bad input gives a Vietnamese message beside its field, keeps what the user typed and writes nothing; Vietnamese
 * numbers are read as Vietnamese readers write them; a stale save is refused and keeps the user's input.
 */
@ThiDuaIntegrationTest
class TargetValidationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TargetFixture fixture;

	Movement m;
	CurrentUser officer;
	String unit;

	@BeforeEach
	void setUp() {
		m = fixture.movement();
		officer = fixture.officer(m.banBo());
		unit = m.unitPage(m.banBo());
	}

	private MockHttpServletRequestBuilder quantitative(String name, String unitOfMeasure, String baseline,
			String target) {
		return post(unit + "/targets").with(as(officer)).with(csrf())
			.param("taskAreaId", m.area(4).toString()).param("kind", "QUANTITATIVE").param("indicatorName", name)
			.param("unitOfMeasure", unitOfMeasure).param("direction", "AT_LEAST").param("baselineValue", baseline)
			.param("targetValue", target).param("version", "0");
	}

	private int targetCount() {
		return fixture.targets.registration(officer, m.campaignId(), m.banBo().id()).targets().size();
	}

	@Test
	void aNegativeValueIsRefusedBesideItsFieldAndTheInputStays() throws Exception {
		mvc.perform(quantitative("Số buổi tuyên truyền", "buổi", "-3", "-12"))
			.andExpect(status().isOk())
			.andExpect(view().name("registration/target-form"))
			.andExpect(model().attributeHasFieldErrorCode("form", "targetValue", "target.value.negative"))
			.andExpect(model().attributeHasFieldErrorCode("form", "baselineValue", "target.value.negative"))
			.andExpect(content().string(containsString("Không được là số âm.")))
			.andExpect(fieldShows("targetValue", "-12"))
			.andExpect(fieldShows("indicatorName", "Số buổi tuyên truyền"));
		assertThat(targetCount()).isZero();
	}

	@Test
	void aValueThatIsNotANumberIsAFieldErrorAndTheTypedTextStays() throws Exception {
		mvc.perform(quantitative("Số buổi tuyên truyền", "buổi", "15", "mười hai"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "targetValue", "typeMismatch"))
			.andExpect(content().string(containsString("Số không hợp lệ (ví dụ: 1.234,5).")))
			.andExpect(fieldShows("targetValue", "mười hai"))
			.andExpect(fieldShows("baselineValue", "15"));
		assertThat(targetCount()).isZero();
	}

	@Test
	void vietnameseNumbersAreReadAsTheyAreWritten() throws Exception {
		mvc.perform(quantitative("Tỷ lệ học sinh ký cam kết", "%", "", "12,5")).andExpect(redirectedUrl(unit));
		mvc.perform(quantitative("Số lượt người được tuyên truyền", "lượt người", "1.234", "1.500,5"))
			.andExpect(redirectedUrl(unit));

		RegistrationView registration = fixture.targets.registration(officer, m.campaignId(), m.banBo().id());
		assertThat(registration.targets()).extracting(TargetView::targetValue)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("12.5"), new BigDecimal("1500.5"));
		assertThat(registration.targets().get(1).baselineValue()).isEqualByComparingTo("1234");
		TargetView percent = registration.targets().get(0);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get(unit + "/targets/" + percent.id() + "/edit").with(as(officer)))
			.andExpect(fieldShows("targetValue", "12,5"));
	}

	@Test
	void aQuantitativeTargetNeedsAUnitOfMeasureAndAValue() throws Exception {
		mvc.perform(quantitative("Số buổi tuyên truyền", " ", "", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "unitOfMeasure", "target.unitOfMeasure.required"))
			.andExpect(model().attributeHasFieldErrorCode("form", "targetValue", "target.targetValue.required"))
			.andExpect(content().string(containsString("Vui lòng nhập đơn vị tính (ví dụ: buổi, lượt người, %, vụ).")));
		mvc.perform(quantitative(" ", "buổi", "", "12"))
			.andExpect(model().attributeHasFieldErrorCode("form", "indicatorName", "target.indicatorName.required"));
		assertThat(targetCount()).isZero();
	}

	@Test
	void aPercentageOutsideZeroToHundredIsRefused() throws Exception {
		mvc.perform(quantitative("Tỷ lệ học sinh ký cam kết", "%", "98", "120"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "targetValue", "target.percent.range"))
			.andExpect(content().string(containsString("Chỉ tiêu tính bằng % phải từ 0 đến 100.")))
			.andExpect(fieldShows("targetValue", "120"));
		mvc.perform(quantitative("Tỷ lệ hộ gia đình ký cam kết", "phần trăm", "100,5", "100"))
			.andExpect(model().attributeHasFieldErrorCode("form", "baselineValue", "target.percent.range"));
		mvc.perform(quantitative("Số lượt người được tuyên truyền", "lượt người", "", "120"))
			.andExpect(redirectedUrl(unit));
		assertThat(targetCount()).isEqualTo(1);
	}

	@Test
	void aWeightOutsideZeroToHundredAndTooManyDecimalsAreRefused() throws Exception {
		mvc.perform(quantitative("Số buổi tuyên truyền", "buổi", "", "12").param("weight", "150"))
			.andExpect(model().attributeHasFieldErrorCode("form", "weight", "target.weight.range"));
		mvc.perform(quantitative("Số buổi tuyên truyền", "buổi", "", "12,12345"))
			.andExpect(model().attributeHasFieldErrorCode("form", "targetValue", "target.value.decimals"));
		assertThat(targetCount()).isZero();
	}

	@Test
	void aMilestoneNeedsADueDateWithinTheCampaign() throws Exception {
		MockHttpServletRequestBuilder milestone = post(unit + "/targets").with(as(officer)).with(csrf())
			.param("taskAreaId", m.area(4).toString()).param("kind", "MILESTONE")
			.param("indicatorName", "Ra mắt mô hình cổng trường an toàn giao thông").param("version", "0");
		mvc.perform(milestone.param("dueDate", ""))
			.andExpect(model().attributeHasFieldErrorCode("form", "dueDate", "target.dueDate.required"));
		mvc.perform(post(unit + "/targets").with(as(officer)).with(csrf())
			.param("taskAreaId", m.area(4).toString()).param("kind", "MILESTONE")
			.param("indicatorName", "Ra mắt mô hình").param("dueDate", "30/09/2025").param("version", "0"))
			.andExpect(model().attributeHasFieldErrorCode("form", "dueDate", "target.dueDate.outside"))
			.andExpect(content().string(containsString("Hạn hoàn thành phải trong thời gian của phong trào (21/06/2024 – 31/12/2024).")))
			.andExpect(fieldShows("dueDate", "30/09/2025"));
		mvc.perform(post(unit + "/targets").with(as(officer)).with(csrf())
			.param("taskAreaId", m.area(4).toString()).param("kind", "MILESTONE")
			.param("indicatorName", "Ra mắt mô hình").param("dueDate", "31/02/2024").param("version", "0"))
			.andExpect(model().attributeHasFieldErrorCode("form", "dueDate", "typeMismatch"));
		assertThat(targetCount()).isZero();
	}

	@Test
	void theSameIndicatorTwiceInATaskAreaIsRefused() throws Exception {
		mvc.perform(quantitative("Số buổi tuyên truyền", "buổi", "", "12")).andExpect(redirectedUrl(unit));
		mvc.perform(quantitative("số  buổi tuyên truyền ", "buổi", "", "14"))
			.andExpect(model().attributeHasFieldErrorCode("form", "indicatorName", "target.indicatorName.duplicate"));
		assertThat(targetCount()).isEqualTo(1);
	}

	@Test
	void theSecondOfTwoPeopleSavingTheSameTargetGetsAConflictAndKeepsHerInput() throws Exception {
		RegistrationBuilder banBo = fixture.registration(m, m.banBo()).withTypicalTargets();
		TargetView shown = banBo.view().targets().stream()
			.filter(t -> t.indicatorName().equals("Số buổi tuyên truyền")).findFirst().orElseThrow();
		CurrentUser colleague = fixture.officer(m.banBo());
		String edit = unit + "/targets/" + shown.id() + "/edit";

		mvc.perform(post(edit).with(as(colleague)).with(csrf()).param("taskAreaId", m.area(4).toString())
			.param("kind", "QUANTITATIVE").param("indicatorName", "Số buổi tuyên truyền").param("unitOfMeasure", "buổi")
			.param("direction", "AT_LEAST").param("targetValue", "14").param("version", "" + shown.version()))
			.andExpect(redirectedUrl(unit));
		mvc.perform(post(edit).with(as(officer)).with(csrf()).param("taskAreaId", m.area(4).toString())
			.param("kind", "QUANTITATIVE").param("indicatorName", "Số buổi tuyên truyền").param("unitOfMeasure", "buổi")
			.param("direction", "AT_LEAST").param("targetValue", "16").param("note", "Tăng thêm 1 buổi mỗi quý")
			.param("version", "" + shown.version()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("form"))
			.andExpect(content().string(containsString("Dữ liệu vừa được người khác thay đổi.")))
			.andExpect(fieldShows("targetValue", "16"))
			.andExpect(fieldShows("note", "Tăng thêm 1 buổi mỗi quý"));

		TargetView saved = fixture.queries.target(officer, m.campaignId(), m.banBo().id(), shown.id());
		assertThat(saved.targetValue()).isEqualByComparingTo("14");
		assertThat(saved.note()).isNull();
	}

	@Test
	void aReturnOrReopeningWithoutAReasonIsRefusedBesideTheReason() throws Exception {
		RegistrationBuilder police = fixture.registration(m, m.police()).withTypicalTargets().submitted();
		long version = police.view().version();
		mvc.perform(post(m.unitPage(m.police()) + "/return").with(as(m.office())).with(csrf()).param("reason", " ")
			.param("version", "" + version))
			.andExpect(status().isOk())
			.andExpect(view().name("registration/return-form"))
			.andExpect(model().attributeHasFieldErrorCode("form", "reason", "NotBlank"))
			.andExpect(content().string(containsString("Vui lòng nêu lý do.")));
		assertThat(police.view().status()).isEqualTo(RegistrationStatus.SUBMITTED);

		fixture.targets.approve(m.office(), m.campaignId(), m.police().id(), version);
		mvc.perform(post(m.unitPage(m.police()) + "/reopen").with(as(m.office())).with(csrf()).param("reason", "")
			.param("version", "" + police.view().version()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "reason"));
		assertThat(police.view().status()).isEqualTo(RegistrationStatus.APPROVED);
	}

	@Test
	void aStaleDecisionKeepsTheOfficesReason() throws Exception {
		RegistrationBuilder police = fixture.registration(m, m.police()).withTypicalTargets().submitted();
		long stale = police.view().version() - 1;
		mvc.perform(post(m.unitPage(m.police()) + "/return").with(as(m.office())).with(csrf())
			.param("reason", "Thiếu chỉ tiêu về xử lý vi phạm nồng độ cồn").param("version", "" + stale))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dữ liệu vừa được người khác thay đổi.")))
			.andExpect(fieldShows("reason", "Thiếu chỉ tiêu về xử lý vi phạm nồng độ cồn"));
		assertThat(police.view().status()).isEqualTo(RegistrationStatus.SUBMITTED);
	}

	@Test
	void theSuggestionAndDeadlineFormsNameTheirProblems() throws Exception {
		mvc.perform(post(m.page() + "/suggestions").with(as(m.office())).with(csrf())
			.param("taskAreaId", m.area(4).toString()).param("name", " ").param("unitOfMeasure", "")
			.param("direction", "AT_LEAST").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "name", "unitOfMeasure"));
		fixture.suggest(m, 4, "Số buổi tuyên truyền", "buổi", TargetDirection.AT_LEAST);
		mvc.perform(post(m.page() + "/suggestions").with(as(m.office())).with(csrf())
			.param("taskAreaId", m.area(4).toString()).param("name", "Số buổi tuyên truyền")
			.param("unitOfMeasure", "buổi").param("direction", "AT_LEAST").param("version", "0"))
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "suggestion.name.taken"));
		mvc.perform(post(m.page() + "/deadline").with(as(m.office())).with(csrf()).param("deadline", "31/02/2024")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "deadline", "typeMismatch"))
			.andExpect(fieldShows("deadline", "31/02/2024"));
		assertThat(fixture.setup.suggestions(m.campaignId())).hasSize(1);
		assertThat(fixture.setup.deadline(m.campaignId()).deadline()).isNull();
	}

	/** The value a form field shows. */
	static ResultMatcher fieldShows(String id, String value) {
		return result -> {
			Element field = Jsoup.parse(result.getResponse().getContentAsString()).getElementById(id);
			assertThat(field).as("field " + id).isNotNull();
			assertThat(field.tagName().equals("textarea") ? field.text() : field.val()).as(id).isEqualTo(value);
		};
	}

	@Test
	void aReturnWithAVersionThatIsNotANumberIsAFormErrorAndWritesNothing() throws Exception {
		RegistrationBuilder police = fixture.registration(m, m.police()).withTypicalTargets().submitted();
		mvc.perform(post(m.unitPage(m.police()) + "/return").with(as(m.office())).with(csrf())
				.param("reason", "Chỉ tiêu thấp").param("version", "abc"))
			.andExpect(status().isOk())
			.andExpect(view().name("registration/return-form"))
			.andExpect(model().attributeHasFieldErrors("form", "version"));
		mvc.perform(post(m.unitPage(m.police()) + "/reopen").with(as(m.office())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "reason"));
		assertThat(police.view().status()).isEqualTo(RegistrationStatus.SUBMITTED);
	}

	@Test
	void aPageFarPastTheEndOfTheOfficeTableIsAnEmptyPageNotAnError() throws Exception {
		mvc.perform(get("/campaigns/" + m.campaignId() + "/targets").param("page", "50000000").with(as(m.office())))
			.andExpect(status().isOk());
		mvc.perform(get("/campaigns/" + m.campaignId() + "/targets").param("page", "2147483647").with(as(m.office())))
			.andExpect(status().isOk());
	}
}
