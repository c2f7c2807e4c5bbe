package vn.atgt.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.TaskAreaCommand;
import vn.atgt.thidua.campaign.TaskAreaService;
import vn.atgt.thidua.commendation.CommendationFixture.Ban;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.dashboard.PublicPages;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The nominees published for comment on the public page (issue 16, item 7): only published nominees in their window,
 * no contact data nor report; the public's comment (name and contact required, CSRF kept, rate-limited per address)
 * is stored and read by the office on the proposal's page only, never shown publicly.
 */
@ThiDuaIntegrationTest
class PublicNomineeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CommendationFixture fixture;

	@Autowired
	ProposalService proposals;

	@Autowired
	CampaignService campaigns;

	@Autowired
	PublicPages publicPages;

	@Autowired
	TaskAreaService taskAreas;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private MockHttpServletRequestBuilder comment(String url, String address, String name, String contact,
			String body) {
		return post(url).with(from(address)).with(csrf()).param("authorName", name).param("contact", contact)
			.param("body", body);
	}

	record Published(Ban ban, Long mai, Long hung) {
	}

	private Published published() {
		Ban ban = fixture.ban();
		CurrentUser office = users.office();
		taskAreas.add(TestUsers.STANDING_OFFICE, ban.campaignId(), new TaskAreaCommand("Tuyên truyền", null));
		campaigns.activate(TestUsers.STANDING_OFFICE, ban.campaignId());
		publicPages.switchTo(office, ban.campaignId(), true);
		Long mai = fixture.accepted(ban, ban.banBo(), CommendationFixture.individual(ban.banBo(), "Lò Thị Mai",
				Gender.FEMALE, true, fixture.giayKhen()), office);
		proposals.publish(office, ban.campaignId(), mai, 2);
		Long hung = fixture.accepted(ban, ban.binhLu(), CommendationFixture.individual(ban.binhLu(), "Lò Văn Hùng",
				Gender.MALE, false, fixture.giayKhen()), office);
		return new Published(ban, mai, hung);
	}

	@Test
	void onlyPublishedNomineesInTheirWindowAndTheCommentGoesToTheOfficeOnly() throws Exception {
		Published p = published();
		String page = "/public/campaigns/" + p.ban().campaignId();
		Document html = Jsoup.parse(mvc.perform(get(page).with(from("10.16.0.1"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(html.select("[data-nominee]")).extracting(e -> e.attr("data-nominee"))
			.containsExactly(p.mai().toString());
		String section = html.select("[data-testid=public-nominees]").text();
		assertThat(section).contains("Lò Thị Mai", "Công chức Văn hóa - Xã hội", p.ban().banBo().name(), "Giấy khen",
				"Tổ chức 15 buổi tuyên truyền").doesNotContain("Lò Văn Hùng", "1.620 lượt người", "Nữ");

		String form = page + "/nominees/" + p.mai() + "/comment";
		mvc.perform(get(form).with(from("10.16.0.1"))).andExpect(status().isOk());
		mvc.perform(get(page + "/nominees/" + p.hung() + "/comment").with(from("10.16.0.1")))
			.andExpect(status().isNotFound());
		mvc.perform(comment(form, "10.16.0.1", "Nguyễn Văn An", "0912 345 678", "Bà Mai rất nhiệt tình.")
			.with(request -> request)).andExpect(status().is3xxRedirection());
		mvc.perform(post(form).with(from("10.16.0.1")).param("authorName", "X").param("contact", "Y")
			.param("body", "Z")).andExpect(status().isForbidden()); // CSRF stays on
		mvc.perform(comment(form, "10.16.0.1", " ", "0912", "Góp ý"))
			.andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "authorName"));
		mvc.perform(comment(form, "10.16.0.1", "An", "", "Góp ý"))
			.andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "contact"));
		mvc.perform(comment(form, "10.16.0.1", "An", "0912", "x".repeat(2001)))
			.andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "body"));

		String proposal = "/campaigns/" + p.ban().campaignId() + "/commendations/" + p.mai();
		Document office = Jsoup.parse(mvc.perform(get(proposal).with(as(users.office()))).andReturn().getResponse()
			.getContentAsString());
		assertThat(office.select("[data-testid=nominee-comments] li")).hasSize(1);
		assertThat(office.select("[data-testid=nominee-comments]").text())
			.contains("Nguyễn Văn An", "0912 345 678", "Bà Mai rất nhiệt tình.");
		for (CurrentUser reader : new CurrentUser[] { fixture.head(p.ban().banBo()), users.leader() }) {
			assertThat(Jsoup.parse(mvc.perform(get(proposal).with(as(reader))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString()).select("[data-testid=nominee-comments]")).isEmpty();
		}
		clock.advance(Duration.ofMinutes(2)); // past the public page's cache
		assertThat(mvc.perform(get(page).with(from("10.16.0.2"))).andReturn().getResponse().getContentAsString())
			.doesNotContain("Bà Mai rất nhiệt tình", "0912 345 678", "Nguyễn Văn An");

		// the window closes after the office's working days: the nominee leaves the page and takes no comment
		clock.advance(Duration.ofDays(12));
		html = Jsoup.parse(mvc.perform(get(page).with(from("10.16.0.3"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
		assertThat(html.select("[data-testid=public-nominees]")).isEmpty();
		mvc.perform(get(form).with(from("10.16.0.3"))).andExpect(status().isNotFound());
		mvc.perform(comment(form, "10.16.0.3", "An", "0912", "Muộn")).andExpect(status().isNotFound());
	}

	@Test
	void eachAddressLeavesAFewCommentsAnHour() throws Exception {
		Published p = published();
		String form = "/public/campaigns/" + p.ban().campaignId() + "/nominees/" + p.mai() + "/comment";
		for (int i = 0; i < NomineeComments.COMMENTS_PER_HOUR; i++) {
			mvc.perform(comment(form, "10.17.0.1", "An", "0912", "Góp ý " + i))
				.andExpect(status().is3xxRedirection());
		}
		mvc.perform(comment(form, "10.17.0.1", "An", "0912", "Thêm")).andExpect(status().isTooManyRequests());
		mvc.perform(comment(form, "10.17.0.2", "Bình", "0913", "Góp ý")).andExpect(status().is3xxRedirection());
		clock.advance(Duration.ofHours(1));
		mvc.perform(comment(form, "10.17.0.1", "An", "0912", "Sau một giờ")).andExpect(status().is3xxRedirection());
	}
}
