package vn.atgt.thidua.accident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.accident.AccidentFixture.Ban;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The comparison page as a reader sees it, against figures computed by hand: a town and two communes, months July to
 * December 2024 counted by the police (15th to 14th) against the same months of 2023.
 */
@ThiDuaIntegrationTest
class AccidentComparisonPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccidentFixture fixture;

	Ban ban;

	@BeforeEach
	void figures() {
		ban = fixture.ban(2);
		// 2023: July, August, September (all 0), October (whole district only), December; November missing
		fixture.confirmed(ban, "2023-07", AccidentFigures.of(3, 1, 2), AccidentFigures.of(1, 0, 1));
		fixture.confirmed(ban, "2023-08", AccidentFigures.of(2, 0, 3), AccidentFigures.ZERO, AccidentFigures.of(1, 1, 0));
		fixture.confirmed(ban, "2023-09");
		fixture.confirmedWhole(ban, "2023-10", AccidentFigures.of(5, 2, 4));
		fixture.confirmed(ban, "2023-12", AccidentFigures.of(2, 1, 1));
		// 2024: July to September and November confirmed, October missing, December a draft
		fixture.confirmed(ban, "2024-07", AccidentFigures.of(2, 0, 2), AccidentFigures.of(1, 0, 1));
		fixture.confirmed(ban, "2024-08", AccidentFigures.of(3, 1, 4), AccidentFigures.of(1, 0, 0),
				AccidentFigures.of(0, 0, 1));
		fixture.confirmed(ban, "2024-09", AccidentFigures.of(2, 0, 2));
		fixture.confirmed(ban, "2024-11", AccidentFigures.of(1, 0, 1));
		fixture.saved(ban, "2024-12", AccidentFigures.of(9, 9, 9));
	}

	@Test
	void eachMonthIsComparedWithTheSameMonthOfTheBaselineYear() throws Exception {
		Document page = page("");
		assertThat(cell(page, "months", "2024-07", "CASES")).isEqualTo("3 cùng kỳ: 4 giảm 1 vụ (-25,0%)");
		System.out.println(page.select("main").outerHtml());
	}

	Document page(String query) throws Exception {
		String html = mvc.perform(get("/campaigns/" + ban.campaignId() + "/accidents" + query).with(as(users.leader())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	static String cell(Document page, String table, String month, String criterion) {
		return page.select("[data-testid=" + table + "] tr[data-month=" + month + "] td[data-criterion=" + criterion + "]")
			.text();
	}
}
