package vn.atgt.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;



import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.atgt.thidua.commendation.CommendationFixture.Ban;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * Who reaches which proposal: another unit neither reads nor changes a unit's proposal (404 on every endpoint), a unit
 * takes no office step (403), a leader reads but does not change; the fairness figures and the quota warning on the
 * office's list; the list reads a constant number of statements.
 */
@ThiDuaIntegrationTest
class ProposalPermissionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CommendationFixture fixture;

	@Autowired
	ProposalService proposals;

	@Autowired
	MeetingService meetings;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private MockHttpServletRequestBuilder postAs(String url, CurrentUser user, String... params) {
		MockHttpServletRequestBuilder request = post(url).with(as(user)).with(csrf());
		for (int i = 0; i + 1 < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request;
	}

	@Test
	void anotherUnitNeitherReadsNorChangesAProposalAndAUnitTakesNoOfficeStep() throws Exception {
		Ban ban = fixture.ban();
		CurrentUser head = fixture.head(ban.banBo());
		Long id = proposals.create(head, ban.campaignId(),
				CommendationFixture.individual(ban.banBo(), "Lò Thị Mai", Gender.FEMALE, true, fixture.giayKhen()));
		CurrentUser stranger = fixture.head(ban.binhLu());
		String url = "/campaigns/" + ban.campaignId() + "/commendations/" + id;
		mvc.perform(get(url).with(as(stranger))).andExpect(status().isNotFound());
		mvc.perform(get(url + "/edit").with(as(stranger))).andExpect(status().isNotFound());
		mvc.perform(postAs(url + "/edit", stranger, "unitId", ban.binhLu().id().toString(), "kind", "INDIVIDUAL",
				"nomineeName", "X", "gender", "MALE", "awardFormId", fixture.giayKhen().toString(),
				"plannedDecisionOn", "20/12/2024", "achievements", "x", "version", "0"))
			.andExpect(status().isNotFound());
		for (String step : new String[] { "submit", "accept", "return", "publish", "approve", "reject", "forward",
				"decide", "not-awarded" }) {
			mvc.perform(postAs(url + "/" + step, stranger, "version", "0", "reason", "x"))
				.andExpect(status().isNotFound());
		}
		mvc.perform(get("/campaigns/" + ban.campaignId() + "/commendations/new?unitId=" + ban.banBo().id())
			.with(as(stranger))).andExpect(status().isOk());
		mvc.perform(postAs("/campaigns/" + ban.campaignId() + "/commendations", stranger, "unitId",
				ban.banBo().id().toString(), "kind", "INDIVIDUAL", "nomineeName", "X", "gender", "MALE", "awardFormId",
				fixture.giayKhen().toString(), "plannedDecisionOn", "20/12/2024", "achievements", "x", "version", "0"))
			.andExpect(status().isNotFound());
		String list = mvc.perform(get("/campaigns/" + ban.campaignId() + "/commendations").with(as(stranger)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(list).select("[data-proposal]")).isEmpty();

		proposals.submit(head, ban.campaignId(), id, 0);
		mvc.perform(postAs(url + "/accept", head, "version", "1")).andExpect(status().isForbidden());
		mvc.perform(postAs(url + "/accept", users.leader(), "version", "1")).andExpect(status().isForbidden());
		mvc.perform(get(url).with(as(users.leader()))).andExpect(status().isOk());
		mvc.perform(get("/campaigns/" + ban.campaignId() + "/commendations/meeting").with(as(head)))
			.andExpect(status().isForbidden());
		mvc.perform(postAs("/campaigns/" + ban.campaignId() + "/commendations/meeting", head, "heldOn", "12/12/2024"))
			.andExpect(status().isForbidden());
		Ban other = fixture.ban();
		mvc.perform(get("/campaigns/" + other.campaignId() + "/commendations/" + id).with(as(users.office())))
			.andExpect(status().isNotFound());
	}

	@Test
	void theOfficesListShowsTheFairnessFiguresAndTheQuotaWarningInConstantStatements() throws Exception {
		Ban ban = fixture.ban();
		CurrentUser office = users.office(ban.committeeId());
		meetings.updateSettings(office, ban.campaignId(),
				new CommendationSettingsView(new java.math.BigDecimal("50"), 2, 5, 0));
		Object[][] people = { { "Lò Thị Mai", Gender.FEMALE, true }, { "Vàng A Dơ", Gender.MALE, true },
				{ "Tao Văn Tâm", Gender.MALE, false }, { "Lò Thị Xuân", Gender.FEMALE, false },
				{ "Giàng A Páo", Gender.MALE, true } };
		for (Object[] p : people) {
			fixture.accepted(ban, ban.banBo(), CommendationFixture.individual(ban.banBo(), (String) p[0],
					(Gender) p[1], (Boolean) p[2], fixture.giayKhen()), office);
		}
		String html = mvc.perform(get("/campaigns/" + ban.campaignId() + "/commendations").with(as(office)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(html).select("[data-testid=fairness]").text())
			.contains("Đề nghị: 5 cá nhân, trong đó lao động trực tiếp 60%, nữ 40%.");
		assertThat(Jsoup.parse(html).select("[data-testid=quota-warning]").text())
			.contains(ban.banBo().name() + " đề nghị 5 trường hợp, vượt định mức 2");

		Ban small = fixture.ban();
		CurrentUser smallOffice = users.office(small.committeeId()); // each committee's own office
		meetings.updateSettings(smallOffice, small.campaignId(),
				new CommendationSettingsView(new java.math.BigDecimal("50"), 2, 5, 0));
		for (String name : new String[] { "Lò Thị Mai", "Vàng A Dơ", "Tao Văn Tâm" }) {
			fixture.accepted(small, small.banBo(), CommendationFixture.individual(small.banBo(), name, Gender.FEMALE,
					true, fixture.giayKhen()), smallOffice);
		}
		long smallCount = statements(small, smallOffice);
		long largeCount = statements(ban, office);
		System.out.println("[measured] proposal list statements (a unit over its quota in both): 3 proposals " + smallCount + ", 5 proposals "
				+ largeCount);
		assertThat(largeCount).isEqualTo(smallCount);
	}

	private long statements(Ban ban, CurrentUser user) throws Exception {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		String url = "/campaigns/" + ban.campaignId() + "/commendations";
		mvc.perform(get(url).with(as(user))).andExpect(status().isOk());
		boolean wasEnabled = statistics.isStatisticsEnabled();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		try {
			mvc.perform(get(url).with(as(user))).andExpect(status().isOk());
			return statistics.getPrepareStatementCount();
		}
		finally {
			statistics.setStatisticsEnabled(wasEnabled);
		}
	}

}
