package vn.atgt.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.commendation.RankingSource;
import vn.atgt.thidua.scoring.ScoringFixture.Movement;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The ranking feeds the commendation module's suggested nominees: a unit whose score is the final result is suggested
 * with its rank and total on the office's list of proposals; a unit ranked only on the reviewed score is not (yet).
 */
@ThiDuaIntegrationTest
class ScoringCommendationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ScoringFixture fixture;

	@Autowired
	RankingSource ranking;

	@Test
	void theCommendationSuggestionsListTheUnitsOfTheFinalRankingWithTheirRankAndTotal() throws Exception {
		Movement m = fixture.movementWithTable();
		Long police = fixture.accepted(m, m.police(), fixture.points(m, "10", "10", "25", "40"));
		fixture.accepted(m, m.commune(), fixture.points(m, "10", "10", "30", "45"));
		assertThat(ranking.ranking(m.campaignId())).as("nothing final yet").isEmpty();
		fixture.scores.confirmFinal(m.leader(), police, fixture.view(m, police).version(), LocalDate.of(2024, 12, 20),
				"BB 05/BB-HĐTĐKT", new ScoreInput(null, null, null));

		// the score's words follow the request's locale (none here: the JVM's); the page below is in Vietnamese
		assertThat(ranking.ranking(m.campaignId())).singleElement().satisfies(r -> {
			assertThat(r.unitId()).isEqualTo(m.police().unit().id());
			assertThat(r.rank()).isEqualTo(1);
			assertThat(r.score()).startsWith("85 ");
			assertThat(r.grade()).isEqualTo("Tốt");
		});
		Document list = Jsoup.parse(mvc.perform(get("/campaigns/" + m.campaignId() + "/commendations")
			.with(as(m.office()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		String suggestions = list.select("[data-testid=suggestions]").text();
		assertThat(suggestions).contains(m.police().unit().name(), "Xếp hạng thi đua: 1 · 85 điểm");
		assertThat(suggestions).doesNotContain(m.commune().unit().name());
	}
}
