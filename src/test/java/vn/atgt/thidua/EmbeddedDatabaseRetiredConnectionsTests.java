package vn.atgt.thidua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.zaxxer.hikari.HikariDataSource;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.report.ReportService;
import vn.atgt.thidua.report.ReportStatus;
import vn.atgt.thidua.report.ReportStatusRow;
import vn.atgt.thidua.support.DemoDataTest;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * The embedded default keeps working after the pool has retired the connections that ran the migrations (Hikari
 * does so after 30 minutes). H2 2.4.240 failed exactly here: every insert into a table with a {@code CHECK (x IN
 * (...))} constraint answered "Check constraint invalid" once the connection that created it was closed, so nobody
 * could sign in (the sign-in writes an audit entry) while the health check still said UP.
 */
@DemoDataTest
class EmbeddedDatabaseRetiredConnectionsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	CampaignService campaigns;

	@Autowired
	ReportService reports;

	@Autowired
	UnitService units;

	@Autowired
	TestUsers users;

	@Test
	void signInAndSavingAReportStillWorkAfterThePoolRetiredItsConnections() throws Exception {
		Long khunHa = units.findByCode("XA-KHUNHA").map(UnitSummary::id).orElseThrow();
		CurrentUser officer = users.create("khunha", khunHa, Role.UNIT_OFFICER);
		retireEveryPooledConnection();

		MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(officer.username())
				.password(TestUsers.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn().getRequest().getSession(false);

		Long report = draftOfOctober(khunHa);
		Document page = Jsoup.parse(mvc.perform(get("/reports/" + report).session(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		String version = page.select("form#report-form input[name=version]").val();
		assertThat(version).isNotBlank();
		mvc.perform(multipart("/reports/" + report).session(session).with(csrf())
				.param("version", version)
				.param("difficulties", "Lưu sau khi nhóm kết nối đã được làm mới."))
			.andExpect(redirectedUrl("/reports/" + report));

		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	private void retireEveryPooledConnection() throws Exception {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		pool.getHikariPoolMXBean().softEvictConnections();
		// idle connections are closed at once; one still in use (none here) would be closed when handed back
		for (int i = 0; i < 50 && pool.getHikariPoolMXBean().getTotalConnections() > 0; i++) {
			Thread.sleep(20);
		}
	}

	/** Khun Há's October report, which the demo leaves as a draft. */
	private Long draftOfOctober(Long unit) {
		// the Tam Đường 2024 movement (the demo also holds the province of Lai Châu's 2025 movements)
		Long campaign = campaigns.list(null).stream().filter(c -> c.planNumber().equals("06/KH-BATGT")).findFirst()
			.orElseThrow().id();
		List<PeriodView> periods = campaigns.periods(campaign);
		return reports.reportStatuses(campaign).stream()
			.filter(r -> r.unitId().equals(unit) && r.status() == ReportStatus.DRAFT)
			.filter(r -> periods.stream().anyMatch(p -> p.id().equals(r.periodId()) && p.startDate().getMonthValue() == 10))
			.map(ReportStatusRow::reportId)
			.findFirst()
			.orElseThrow();
	}
}
