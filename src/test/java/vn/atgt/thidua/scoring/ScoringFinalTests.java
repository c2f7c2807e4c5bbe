package vn.atgt.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.scoring.ScoringFixture.Movement;
import vn.atgt.thidua.support.LibreOffice;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The third column: a leader confirms an accepted score as the final result with the council's meeting date and
 * minutes, changing a criterion with a reason; the ranking then uses the final points and says so, while a unit with
 * no final result yet is ranked by its reviewed points, labelled so (page and XLSX); the office cannot finalise,
 * reopen or change a final score; units cannot, another unit does not even find it; bad input is a field error and
 * nothing is written; a leader reopens with a reason.
 */
@ThiDuaIntegrationTest
class ScoringFinalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ScoringFixture fixture;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path workDir;

	Movement m;
	Long police;
	Long commune;
	Long c3;

	@BeforeEach
	void accepted() {
		m = fixture.movementWithTable();
		police = fixture.accepted(m, m.police(), fixture.points(m, "10", "10", "28", "45"));
		commune = fixture.accepted(m, m.commune(), fixture.points(m, "10", "10", "25", "40"));
		c3 = fixture.criterion(m, "3.");
	}

	MockHttpServletRequestBuilder confirm(Long scoreId, String date, String minutes) {
		return post("/scores/" + scoreId + "/final").with(csrf()).param("version", "" + version(scoreId))
			.param("meetingDate", date).param("minutes", minutes);
	}

	long version(Long scoreId) {
		return fixture.view(m, scoreId).version();
	}

	Document page(String url, CurrentUser user) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	@Test
	void aLeaderConfirmsTheFinalResultAndTheRankingUsesItLabelledSo() throws Exception {
		Document before = page("/scores/" + police, m.leader());
		assertThat(before.select("[data-testid=final-meeting]").text()).contains("Ngày họp Hội đồng",
				"Số, ký hiệu biên bản họp");
		assertThat(before.select("input[name=points[" + c3 + "]]").val()).isEqualTo("45");

		mvc.perform(confirm(police, "20/12/2024", "Biên bản số 05/BB-HĐTĐKT").with(as(m.leader()))
			.param("points[" + c3 + "]", "40").param("comments[" + c3 + "]", "Hội đồng trừ 5 điểm: còn 1 vụ TNGT"))
			.andExpect(redirectedUrl("/scores/" + police));

		ScoreView score = fixture.view(m, police);
		assertThat(score.status()).isEqualTo(ScoreStatus.FINAL);
		assertThat(score.line(c3).finalPoints()).isEqualByComparingTo("40");
		assertThat(score.line(fixture.criterion(m, "2.")).finalPoints()).isEqualByComparingTo("28");
		assertThat(score.history()).extracting(ScoreStep::action).endsWith(ScoreAction.ACCEPTED,
				ScoreAction.FINALISED);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entries WHERE entity_type = 'UnitScore' "
				+ "AND entity_id = ?", Long.class, police.toString())).isGreaterThan(2);

		Document after = page("/scores/" + police, m.police().head());
		assertThat(after.select("[data-testid=final-basis]").text())
			.isEqualTo("Biên bản số 05/BB-HĐTĐKT, họp ngày 20/12/2024");
		assertThat(after.select("[data-testid=counted-total]").text()).startsWith("88");
		assertThat(after.select("[data-testid=history]").text()).contains("Xác nhận kết quả chính thức");

		Document ranking = page(m.ranking(), m.office());
		assertThat(ranking.select("[data-testid=rank-1]").text()).contains(m.police().unit().name(), "88",
				"Kết quả chính thức");
		assertThat(ranking.select("[data-testid=rank-2]").text()).contains(m.commune().unit().name(), "85",
				"Điểm thẩm định (chưa có kết quả chính thức)");

		byte[] xlsx = mvc.perform(get(m.ranking() + "/export").with(as(m.leader()))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		String csv = LibreOffice.sheetText(xlsx, workDir);
		assertThat(csv).contains("Căn cứ điểm", "Kết quả chính thức", "Điểm thẩm định (chưa có kết quả chính thức)");
	}

	@Test
	void unitsAndTheOfficeNeitherFinaliseNorReopenAndAnotherUnitDoesNotFindIt() throws Exception {
		long v = version(police);
		for (CurrentUser user : List.of(m.police().officer(), m.police().head(), m.office())) {
			assertThat(statusOf(confirm(police, "20/12/2024", "BB 05"), user)).as(user.username()).isEqualTo(403);
		}
		for (CurrentUser other : List.of(m.commune().officer(), m.commune().head())) {
			assertThat(statusOf(confirm(police, "20/12/2024", "BB 05"), other)).isEqualTo(404);
		}
		assertThat(version(police)).isEqualTo(v);

		mvc.perform(confirm(police, "20/12/2024", "BB 05").with(as(m.leader())));
		long fin = version(police);
		for (CurrentUser user : List.of(m.police().head(), m.office())) {
			assertThat(statusOf(post("/scores/" + police + "/final/reopen").with(csrf()).param("version", "" + fin)
				.param("reason", "Sửa"), user)).isEqualTo(403);
		}
		assertThat(statusOf(post("/scores/" + police + "/final/reopen").with(csrf()).param("version", "" + fin)
			.param("reason", "Sửa"), m.commune().head())).isEqualTo(404);
		// the office's own reopening (of an accepted score) does not touch a final one
		mvc.perform(post("/scores/" + police + "/reopen").with(csrf()).with(as(m.office()))
			.param("version", "" + fin).param("reason", "Thẩm định lại"));
		assertThat(fixture.view(m, police).status()).isEqualTo(ScoreStatus.FINAL);
		assertThat(version(police)).isEqualTo(fin);
	}

	@Test
	void badInputIsAFieldErrorAndNothingIsWritten() throws Exception {
		long v = version(police);
		assertThat(errors(confirm(police, "", "BB 05"))).containsKey("meetingDate");
		assertThat(errors(confirm(police, "20/12/2024", " "))).containsKey("minutes");
		assertThat(errors(confirm(police, "32/13/2024", "BB 05"))).containsKey("meetingDate");
		assertThat(errors(confirm(police, "20/12/2099", "BB 05"))).containsKey("meetingDate");
		assertThat(errors(confirm(police, "20/12/2024", "BB 05").param("points[" + c3 + "]", "40")))
			.containsKey("comments[" + c3 + "]");
		assertThat(errors(confirm(police, "20/12/2024", "BB 05").param("points[" + c3 + "]", "51")
			.param("comments[" + c3 + "]", "x"))).containsKey("points[" + c3 + "]");
		assertThat(errors(confirm(police, "20/12/2024", "BB 05").param("points[" + c3 + "]", "abc")))
			.containsKey("points[" + c3 + "]");
		assertThat(version(police)).isEqualTo(v);
		assertThat(fixture.view(m, police).status()).isEqualTo(ScoreStatus.ACCEPTED);
	}

	@Test
	void aLeaderReopensAFinalResultWithAReason() throws Exception {
		mvc.perform(confirm(police, "20/12/2024", "BB 05").with(as(m.leader())).param("points[" + c3 + "]", "40")
			.param("comments[" + c3 + "]", "Hội đồng trừ 5 điểm"));
		long fin = version(police);
		assertThat(errors(post("/scores/" + police + "/final/reopen").with(csrf()).param("version", "" + fin)
			.param("reason", ""))).containsKey("reason");
		assertThat(version(police)).isEqualTo(fin);
		mvc.perform(post("/scores/" + police + "/final/reopen").with(csrf()).with(as(m.leader()))
			.param("version", "" + fin).param("reason", "Biên bản ghi nhầm điểm tiêu chí 3"))
			.andExpect(redirectedUrl("/scores/" + police));
		ScoreView score = fixture.view(m, police);
		assertThat(score.status()).isEqualTo(ScoreStatus.ACCEPTED);
		assertThat(score.line(c3).finalPoints()).isNull();
		assertThat(score.history()).extracting(ScoreStep::action).endsWith(ScoreAction.FINALISED,
				ScoreAction.FINAL_REOPENED);
		assertThat(page(m.ranking(), m.office()).select("[data-testid=rank-1]").text()).contains("93",
				"Điểm thẩm định (chưa có kết quả chính thức)");
	}

	int statusOf(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
		return mvc.perform(request.with(as(user))).andReturn().getResponse().getStatus();
	}

	/** Posts as the leader, expects the page back (200) and returns the field errors shown, by field. */
	java.util.Map<String, String> errors(MockHttpServletRequestBuilder request) throws Exception {
		var result = mvc.perform(request.with(as(m.leader()))).andExpect(status().isOk()).andReturn();
		var binding = result.getModelAndView().getModel().values().stream()
			.filter(o -> o instanceof org.springframework.validation.BindingResult)
			.map(o -> (org.springframework.validation.BindingResult) o).filter(b -> b.hasFieldErrors()).findFirst()
			.orElseThrow(() -> new AssertionError("no field error"));
		java.util.Map<String, String> out = new java.util.HashMap<>();
		binding.getFieldErrors().forEach(e -> out.put(e.getField(), e.getDefaultMessage()));
		return out;
	}
}
