package vn.atgt.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.atgt.thidua.support.TestUsers.as;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * Every module contributes its tab to the campaign's header and its access policy says who sees it; a tab the header
 * shows must open for that user. For each role, every tab of a running campaign answers 200 — a tab shown to someone
 * its page refuses would be a policy asked in two different ways.
 */
@ThiDuaIntegrationTest
class CampaignTabsTests {

	private static final Pattern TAB = Pattern.compile("class=\"nav-link[^\"]*\"[^>]*href=\"(/campaigns/\\d+[^\"]*)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CampaignFixture fixture;

	@Test
	void everyTabTheHeaderShowsOpensForThatUser() throws Exception {
		CampaignFixture.Organisation ban = fixture.organisation();
		Long id = fixture.aCampaign(ban).withTaskAreas(1).withMonthlyPeriods(7, 8).active().create();
		List<CurrentUser> everyone = List.of(fixture.office(), users.leader(), users.admin(),
				users.create("tab-officer", ban.unit(0).id(), Role.UNIT_OFFICER),
				users.create("tab-head", ban.unit(1).id(), Role.UNIT_HEAD));
		for (CurrentUser user : everyone) {
			List<String> tabs = tabs(id, user);
			assertThat(tabs).as("tabs of %s", user.username()).contains("/campaigns/" + id + "/reports");
			for (String tab : tabs) {
				int status = mvc.perform(get(tab).with(as(user))).andReturn().getResponse().getStatus();
				assertThat(status).as("%s opens %s", user.username(), tab).isEqualTo(200);
			}
		}
	}

	private List<String> tabs(Long id, CurrentUser user) throws Exception {
		String page = mvc.perform(get("/campaigns/{id}", id).with(as(user))).andReturn().getResponse()
			.getContentAsString();
		String header = page.substring(page.indexOf("campaign-tabs"), page.indexOf("</ul>", page.indexOf("campaign-tabs")));
		List<String> tabs = new ArrayList<>();
		Matcher matcher = TAB.matcher(header);
		while (matcher.find()) {
			tabs.add(matcher.group(1));
		}
		return tabs;
	}
}
