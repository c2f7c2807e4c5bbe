package vn.atgt.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.util.HashSet;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.BindingResult;

import vn.atgt.thidua.campaign.TaskAreaView;
import vn.atgt.thidua.scoring.ScoringFixture.Movement;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The office maps a line of the score table to the data that suggests its points (a task area's targets needs a task
 * area of the campaign; late reports only a deduction), the unit's score page shows the suggestion with its figures
 * and rule, the copy to a later campaign keeps the mapping by task area number; the form lists the campaign's task
 * areas.
 */
@ThiDuaIntegrationTest
class ScoringSuggestionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ScoringFixture fixture;

	@Autowired
	jakarta.persistence.EntityManagerFactory entityManagerFactory;

	MockHttpServletRequestBuilder edit(Movement m, Long criterionId, String number, String kind, String max,
			String rule, String area) {
		return post(m.tablePage() + "/criteria/" + criterionId + "/edit").with(as(m.office())).with(csrf())
			.param("number", number).param("text", "Tổ chức tuyên truyền").param("kind", kind).param("maxPoints", max)
			.param("rule", rule).param("taskAreaId", area).param("version", "" + fixture.version(m));
	}

	Set<String> errorFields(MockHttpServletRequestBuilder request) throws Exception {
		var model = mvc.perform(request).andExpect(status().isOk()).andReturn().getModelAndView().getModel();
		Set<String> fields = new HashSet<>();
		model.values().stream().filter(BindingResult.class::isInstance).map(BindingResult.class::cast)
			.forEach(b -> b.getFieldErrors().forEach(e -> fields.add(e.getField())));
		return fields;
	}

	@Test
	void theOfficeMapsALineAndTheScorePageShowsTheSuggestionWithItsFiguresAndRule() throws Exception {
		Movement m = fixture.movementWithTable();
		Long c2 = fixture.criterion(m, "2.");
		Long late = fixture.lateReports(m);
		TaskAreaView propaganda = fixture.campaigns.taskAreas(m.campaignId()).stream()
			.filter(a -> a.title().contains("tuyên truyền")).findFirst().orElseThrow();
		Document form = Jsoup.parse(mvc.perform(get(m.tablePage() + "/criteria/" + c2 + "/edit").with(as(m.office())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(form.select("#taskAreaId option").eachAttr("value")).contains("" + propaganda.id());
		assertThat(form.select("#rule option")).hasSize(SuggestionRule.values().length + 1);

		long version = fixture.version(m);
		assertThat(errorFields(edit(m, c2, "2.", "CRITERION", "30", "TARGETS", ""))).containsExactly("taskAreaId");
		assertThat(errorFields(edit(m, c2, "2.", "CRITERION", "30", "LATE_REPORTS", ""))).containsExactly("rule");
		Movement other = fixture.movement();
		Long foreignArea = fixture.campaigns.taskAreas(other.campaignId()).get(0).id();
		assertThat(errorFields(edit(m, c2, "2.", "CRITERION", "30", "TARGETS", "" + foreignArea)))
			.containsExactly("taskAreaId");
		assertThat(fixture.version(m)).as("nothing written").isEqualTo(version);

		mvc.perform(edit(m, c2, "2.", "CRITERION", "30", "TARGETS", "" + propaganda.id()))
			.andExpect(redirectedUrl(m.tablePage()));
		mvc.perform(edit(m, late, "a)", "DEDUCTION", "5", "LATE_REPORTS", "").param("pointsPerOccurrence", "1")
			.param("text", "Mỗi báo cáo nộp trễ hạn")).andExpect(redirectedUrl(m.tablePage()));
		assertThat(Jsoup.parse(mvc.perform(get(m.tablePage()).with(as(m.office()))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).select("[data-testid='criterion-2.'] [data-testid=rule]")
			.text()).isEqualTo("Gợi ý điểm từ dữ liệu: Mức hoàn thành chỉ tiêu đã duyệt của lĩnh vực");
		CriterionView mapped = fixture.table(m.campaignId()).criterion(c2).orElseThrow();
		assertThat(mapped.rule()).isEqualTo(SuggestionRule.TARGETS);
		assertThat(mapped.taskAreaId()).isEqualTo(propaganda.id());

		Long score = fixture.scores.start(m.police().officer(), m.campaignId());
		Document page = Jsoup.parse(mvc.perform(get("/scores/" + score).with(as(m.police().officer())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("[data-testid='suggestion-2.']").text()).contains("Chưa có gợi ý:",
				"đơn vị không có chỉ tiêu được duyệt trong lĩnh vực", propaganda.title(),
				"Cách tính: điểm tối đa × số chỉ tiêu đạt ÷ số chỉ tiêu đã duyệt của lĩnh vực.");
		// the fixture's periods run from July 2024 and are all due by the test clock: none was sent
		assertThat(page.select("[data-testid='suggestion-a)']").text()).contains("Gợi ý:", "lần",
				"0/", "báo cáo đến hạn gửi đúng hạn");
		assertThat(page.select("[data-testid='suggestion-1.1']")).isEmpty();

		// the copy (to the committee's next campaign) keeps the mapping to the task area of the same number
		Movement next = fixture.sameCommittee(m);
		mvc.perform(post(next.tablePage() + "/copy").with(as(next.office())).with(csrf())
			.param("sourceId", "" + m.campaignId())).andExpect(redirectedUrl(next.tablePage()));
		CriterionView copied = fixture.table(next.campaignId()).criteria().stream()
			.filter(c -> c.number().equals("2.")).findFirst().orElseThrow();
		assertThat(copied.rule()).isEqualTo(SuggestionRule.TARGETS);
		assertThat(fixture.campaigns.taskAreas(next.campaignId()).stream()
			.filter(a -> a.id().equals(copied.taskAreaId())).map(TaskAreaView::number).findFirst())
			.contains(propaganda.number());
	}

	/**
	 * The score page reads each kind of data once, whatever the number of lines that ask for it and of units taking
	 * part: counted with Hibernate's statistics, every rule on one line each, then on two lines each, then with ten
	 * more units.
	 */
	@Test
	void theScorePageReadsEachKindOfDataOnceWhateverTheLinesAndUnits() throws Exception {
		Movement m = fixture.movementWithTable();
		long once = statementsWithEveryRule(m, false);
		Movement larger = fixture.movement(10);
		fixture.table(larger);
		assertThat(statementsWithEveryRule(larger, true)).isEqualTo(once);
	}

	/** Maps every rule to a line of the fixture's table (and, {@code twice}, to a second line), opens the page. */
	private long statementsWithEveryRule(Movement m, boolean twice) throws Exception {
		Long area = fixture.campaigns.taskAreas(m.campaignId()).get(0).id();
		map(m, "1.1", CriterionKind.CRITERION, "10", SuggestionRule.TARGETS, area);
		map(m, "1.2", CriterionKind.CRITERION, "10", SuggestionRule.REPORTS_ON_TIME, null);
		map(m, "3.", CriterionKind.CRITERION, "50", SuggestionRule.ACCIDENTS, null);
		map(m, "a)", CriterionKind.BONUS, "3", SuggestionRule.BLACK_SPOTS, null);
		if (twice) {
			map(m, "2.", CriterionKind.CRITERION, "30", SuggestionRule.TARGETS, area);
			map(m, "b)", CriterionKind.BONUS, "3", SuggestionRule.ACCIDENTS, null);
		}
		Long score = fixture.scores.start(m.police().officer(), m.campaignId());
		org.hibernate.stat.Statistics statistics = entityManagerFactory.unwrap(org.hibernate.SessionFactory.class)
			.getStatistics();
		statistics.setStatisticsEnabled(true);
		try {
			statistics.clear();
			String page = mvc.perform(get("/scores/" + score).with(as(m.office()))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			assertThat(Jsoup.parse(page).select("[data-testid^=suggestion-]")).hasSize(twice ? 6 : 4);
			return statistics.getPrepareStatementCount();
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

	private void map(Movement m, String number, CriterionKind kind, String max, SuggestionRule rule, Long area) {
		CriterionView c = fixture.table(m.campaignId()).criteria().stream()
			.filter(l -> l.number().equals(number) && l.kind() == kind).findFirst().orElseThrow();
		fixture.tables.updateCriterion(m.office(), m.campaignId(), c.id(), fixture.version(m), new CriterionCommand(
				c.number(), c.text(), c.kind(), c.maxPoints(), c.pointsPerOccurrence(), null, null, null, rule, area));
	}
}
