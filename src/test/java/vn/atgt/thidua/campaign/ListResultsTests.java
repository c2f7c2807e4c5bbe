package vn.atgt.thidua.campaign;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * A list page's filter and pager, sent by htmx, get the list's results alone (the table and the pager, no layout, no
 * navigation, no filter form); the same address without htmx, or an htmx request for something else, gets the whole
 * page. Every paged list of the application is checked, with the user who reads it.
 */
@ThiDuaIntegrationTest
class ListResultsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CampaignFixture fixture;

	@Test
	void everyPagedListAnswersHtmxWithItsResultsAlone() throws Exception {
		CampaignFixture.Organisation ban = fixture.organisation();
		Long campaign = fixture.aCampaign(ban).withTaskAreas(1).withMonthlyPeriods(7, 8).active().create();
		String[] officeLists = { "/campaigns", "/notifications", "/campaigns/" + campaign + "/targets",
				"/campaigns/" + campaign + "/reports", "/campaigns/" + campaign + "/review",
				"/campaigns/" + campaign + "/black-spots", "/campaigns/" + campaign + "/monitoring",
				"/campaigns/" + campaign + "/monitoring/late" };
		String[] adminLists = { "/admin/users", "/admin/units", "/admin/areas", "/admin/audit" };
		for (String list : officeLists) {
			checkList(list, as(fixture.office()));
		}
		for (String list : adminLists) {
			checkList(list, as(users.admin()));
		}
	}

	private void checkList(String list, RequestPostProcessor user) throws Exception {
		mvc.perform(htmx(get(list), "list-results").with(user))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(startsWith("<div id=\"list-results\""), not(containsString("<html")),
					not(containsString("role=\"search\"")), not(containsString("id=\"main-nav\"")))));
		mvc.perform(get(list).with(user))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html"), containsString("id=\"list-results\""))));
		mvc.perform(htmx(get(list), "main").with(user))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")));
	}

	private static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request, String target) {
		return request.header("HX-Request", "true").header("HX-Target", target);
	}
}
