package vn.atgt.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.scoring.ScoringFixture.Movement;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * Bad input on every scoring form comes back as the form with the message beside its field (or at the top), never a
 * 500, and nothing is written: the table's figures, a line, an exclusion condition, a grade, the unit's points (over
 * the maximum, negative, not a number, a deduction over its cap, a criterion left without points at submission), the
 * office's review without a reason, a return without a reason, an exclusion without a condition, a form without its
 * version.
 */
@ThiDuaIntegrationTest
class ScoringValidationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ScoringFixture fixture;

	Document refused(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
		return Jsoup.parse(mvc.perform(request.with(as(user)).with(csrf())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
	}

	@Test
	void theTableFormsRefuseBadFiguresBesideTheirFields() throws Exception {
		Movement m = fixture.movement();
		String t = m.tablePage();
		Document page = refused(post(t + "/settings").param("title", " ").param("totalPoints", "một trăm")
			.param("passMark", "-5").param("bonusCap", "").param("version", "0"), m.office());
		assertThat(page.select("#totalPoints-error").text()).isEqualTo("Không phải là số (ví dụ: 12,5).");
		assertThat(page.select("#totalPoints").val()).isEqualTo("một trăm");
		assertThat(fixture.tables.table(m.campaignId())).isEmpty();
		page = refused(post(t + "/settings").param("title", " ").param("totalPoints", "100")
			.param("passMark", "-5").param("version", "0"), m.office());
		assertThat(page.select("#title-error").text()).isEqualTo("Vui lòng nhập tên bảng điểm.");
		assertThat(page.select("#passMark-error").text()).isEqualTo("Không được là số âm.");
		page = refused(post(t + "/settings").param("title", "Bảng").param("totalPoints", "100")
			.param("passMark", "50"), m.office());
		assertThat(page.select("[data-testid=form-errors]").text()).contains("tải lại trang");
		assertThat(fixture.tables.table(m.campaignId())).isEmpty();

		fixture.table(m);
		long version = fixture.version(m);
		int lines = fixture.table(m.campaignId()).criteria().size();
		page = refused(post(t + "/criteria").param("number", "Mục 1").param("text", "").param("kind", "KHAC")
			.param("maxPoints", "mười").param("position", "đầu").param("version", "" + version), m.office());
		assertThat(page.select("#kind-error").text()).isNotEmpty();
		assertThat(page.select("#position-error").text()).isEqualTo("Hãy nhập một số nguyên.");
		page = refused(post(t + "/criteria").param("number", "Mục 1").param("text", "").param("kind", "DEDUCTION")
			.param("maxPoints", "mười").param("pointsPerOccurrence", "0").param("version", "" + version), m.office());
		assertThat(page.select("#maxPoints-error").text()).isEqualTo("Không phải là số (ví dụ: 12,5).");
		page = refused(post(t + "/criteria").param("number", "Mục 1").param("text", "").param("kind", "DEDUCTION")
			.param("maxPoints", "-1").param("pointsPerOccurrence", "0").param("version", "" + version), m.office());
		assertThat(page.select("#number-error").text()).startsWith("Số thứ tự không hợp lệ");
		assertThat(page.select("#text-error").text()).isEqualTo("Vui lòng nhập nội dung tiêu chí.");
		assertThat(page.select("#maxPoints-error").text()).isEqualTo("Không được là số âm.");
		assertThat(page.select("#pointsPerOccurrence-error").text()).isEqualTo("Điểm trừ mỗi lần phải lớn hơn 0.");
		page = refused(post(t + "/exclusions").param("text", " ").param("version", "" + version), m.office());
		assertThat(page.select("#text-error").text()).isEqualTo("Vui lòng nhập nội dung điều kiện.");
		page = refused(post(t + "/grades").param("name", "").param("minPoints", "tám mươi")
			.param("version", "" + version), m.office());
		assertThat(page.select("#minPoints-error").text()).isEqualTo("Không phải là số (ví dụ: 12,5).");
		page = refused(post(t + "/grades").param("name", "Tốt").param("minPoints", "80")
			.param("version", "" + version), m.office());
		assertThat(page.select("#name-error").text()).isEqualTo("Đã có mức xếp loại này.");
		assertThat(fixture.version(m)).isEqualTo(version);
		assertThat(fixture.table(m.campaignId()).criteria()).hasSize(lines);
	}

	@Test
	void theUnitsPointsAreRefusedBesideTheirFieldsAndNothingIsWritten() throws Exception {
		Movement m = fixture.movementWithTable();
		Long id = fixture.scores.start(m.police().officer(), m.campaignId());
		long version = fixture.view(m, id).version();
		Long c11 = fixture.criterion(m, "1.1");
		Long c12 = fixture.criterion(m, "1.2");
		Long c2 = fixture.criterion(m, "2.");
		Long late = fixture.lateReports(m);
		Document page = refused(post("/scores/" + id).param("version", "" + version).param("points[" + c11 + "]", "11")
			.param("points[" + c12 + "]", "-1").param("points[" + c2 + "]", "ba mươi")
			.param("points[" + late + "]", "6").param("comments[" + c11 + "]", "Giải trình giữ nguyên"), m.police().head());
		assertThat(page.select("#points-" + c11 + "-error").text()).isEqualTo("Vượt quá điểm tối đa (10).");
		assertThat(page.select("#points-" + c12 + "-error").text()).isEqualTo("Không được là số âm.");
		assertThat(page.select("#points-" + c2 + "-error").text()).isEqualTo("Không phải là số (ví dụ: 12,5).");
		assertThat(page.select("#points-" + late + "-error").text())
			.isEqualTo("Số điểm trừ (6) vượt quá mức trừ tối đa (5).");
		assertThat(page.select("#points-" + c2).val()).isEqualTo("ba mươi");
		assertThat(page.select("#comment-" + c11).text()).isEqualTo("Giải trình giữ nguyên");
		assertThat(fixture.view(m, id).version()).isEqualTo(version);
		assertThat(fixture.view(m, id).lines()).isEmpty();

		page = refused(post("/scores/" + id + "/submit").param("version", "" + version)
			.param("points[" + c11 + "]", "10"), m.police().head());
		assertThat(page.select("#points-" + c12 + "-error").text()).isEqualTo("Vui lòng chấm điểm tiêu chí này.");
		assertThat(fixture.view(m, id).status()).isEqualTo(ScoreStatus.DRAFT);
		assertThat(fixture.table(m.campaignId()).locked()).isFalse();

		page = refused(post("/scores/" + id).param("points[" + c11 + "]", "10"), m.police().head());
		assertThat(page.select("[data-testid=form-errors]").text()).contains("tải lại trang");
	}

	@Test
	void theOfficesFormsNeedTheirReasons() throws Exception {
		Movement m = fixture.movementWithTable();
		Long id = fixture.submitted(m, m.police(), fixture.points(m, "10", "10", "25", "40"));
		long version = fixture.view(m, id).version();
		Long c2 = fixture.criterion(m, "2.");
		Document page = refused(post("/scores/" + id + "/review").param("version", "" + version)
			.param("points[" + fixture.criterion(m, "1.1") + "]", "12"), m.office());
		assertThat(page.select("#points-" + fixture.criterion(m, "1.1") + "-error").text())
			.isEqualTo("Vượt quá điểm tối đa (10).");
		page = refused(post("/scores/" + id + "/review").param("version", "" + version)
			.param("points[" + c2 + "]", "20"), m.office());
		assertThat(page.select("[data-testid=form-errors]").text())
			.contains("Vui lòng nêu lý do khi điểm thẩm định khác điểm tự chấm.");
		page = refused(post("/scores/" + id + "/return").param("version", "" + version).param("reason", " "),
				m.office());
		assertThat(page.select("[data-testid=return-form] #reason-error").text()).isEqualTo("Vui lòng nêu lý do.");
		page = refused(post("/scores/" + id + "/exclude").param("version", "" + version).param("note", "Căn cứ"),
				m.office());
		assertThat(page.select("#exclusionId-error").text()).isEqualTo("Vui lòng chọn một điều kiện của bảng điểm.");
		page = refused(post("/scores/" + id + "/exclude").param("version", "" + version).param("exclusionId", "abc"),
				m.office());
		assertThat(page.select("#exclusionId-error").text()).isNotEmpty();
		assertThat(fixture.view(m, id).version()).isEqualTo(version);
		assertThat(fixture.view(m, id).status()).isEqualTo(ScoreStatus.SUBMITTED);
		assertThat(fixture.view(m, id).excluded()).isFalse();
	}
}
