package vn.atgt.thidua.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.monitoring.MonitoringFixture.Movement;
import vn.atgt.thidua.support.HttpUserAgent;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The matrix, its export and the late list read a number of SQL statements that does not grow with the data: counted
 * with Hibernate's statistics on the four units of a year's campaign (twelve monthly periods), then after batch SQL
 * grew it to 204 units with a registration and reports in every state for every period (the matrix shows them 50
 * units a page, its totals over all; the office's and a unit's home pages read the same statuses). Then the matrix of
 * 204 × 12 is timed over real HTTP (a timed loop after a warm-up; the figure is logged, DESIGN.md §9 budgets are measured, not
 * asserted).
 */
@ThiDuaIntegrationTest
class MonitoringScaleTests {

	private static final Logger log = LoggerFactory.getLogger(MonitoringScaleTests.class);
	private static final String[] STATUSES = { "ACCEPTED", "SUBMITTED", "RETURNED", "DRAFT", null };

	@Autowired
	MockMvc mvc;

	@Autowired
	MonitoringFixture fixture;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	MutableClock clock;

	@LocalServerPort
	int port;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theMonitoringPagesReadAConstantNumberOfStatementsFromFourTo204UnitsAndTwelvePeriods() throws Exception {
		Movement m = fixture.yearMovement();
		assertThat(m.periods()).hasSize(12);
		fixture.registrationDeadline(m, LocalDate.of(2024, 2, 15));
		clock.setInstant(MonitoringFixture.at(10, 12, 9, 0));
		CurrentUser office = fixture.users.office();
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("matrix", m.matrixPage());
		pages.put("matrix of communes in task area 4",
				m.matrixPage() + "?unitKind=COMMUNE_COMMITTEE&taskAreaId=" + m.area(4));
		pages.put("export", m.matrixPage() + "/export");
		pages.put("matrix page 2", m.matrixPage() + "?page=1");
		pages.put("late list", m.latePage());
		pages.put("late list of July", m.latePage() + "?item=" + m.month(7).id());
		pages.put("office's home", "/");
		MonitoringFixture.Team team = fixture.team(m.banBo());

		// each page as first read under the campaign's status counter, then again (its campaign-wide counts kept)
		Map<String, Long> small = new LinkedHashMap<>();
		pages.forEach((name, url) -> {
			small.put(name, statements(url, office));
			small.put(name + " again", statements(url, office));
		});
		small.put("unit's home", statements("/", team.officer()));
		small.put("leader's home", statements("/", fixture.users.leader()));

		addUnits(m, 200);
		// a page of 50 units, the totals over all 204
		Document matrix = page(m.matrixPage(), office);
		assertThat(matrix.select("[data-testid=matrix] tbody tr[data-testid]")).hasSize(50);
		assertThat(matrix.select("[data-testid=matrix] tbody td[data-testid^=cell-]")).hasSize(50 * 13);
		assertThat(matrix.select("[data-testid=total-" + m.month(7).id() + "]").text()).startsWith("Đã gửi 80/204");
		assertThat(matrix.select(".pagination").text()).contains("1/5").contains("204");
		Document last = page(m.matrixPage() + "?page=4", office);
		assertThat(last.select("[data-testid=matrix] tbody tr[data-testid]")).hasSize(4);
		assertThat(last.select("[data-testid=total-" + m.month(7).id() + "]").text()).startsWith("Đã gửi 80/204");

		raiseStatusCounter(m);
		Map<String, Long> large = new LinkedHashMap<>();
		pages.forEach((name, url) -> {
			large.put(name, statements(url, office));
			large.put(name + " again", statements(url, office));
		});
		large.put("unit's home", statements("/", team.officer()));
		large.put("leader's home", statements("/", fixture.users.leader()));
		assertThat(large).isEqualTo(small);
		// the matrix's totals and the late units are kept: a second view reads fewer statements than the first
		assertThat(small.get("matrix again")).isLessThan(small.get("matrix"));
		assertThat(small.get("late list again")).isLessThan(small.get("late list"));
		assertThat(small).allSatisfy((name, count) -> assertThat(count).isLessThan(name.endsWith("home") ? 25 : 15));
		log.info("Statements per monitoring page, at 4 and at 204 units: {}", small);

		log.info("Matrix of 204 units x 12 periods over HTTP: {}", timed(m.matrixPage(), office));
	}

	/**
	 * More units take part, each with a registration and a report for every period in one of the states by turn (or
	 * none): 200 × 12 reports, 40 % of them sent, some late.
	 */
	private void addUnits(Movement m, int count) {
		Timestamp now = Timestamp.from(Instant.now());
		String prefix = MonitoringFixture.unique("T");
		List<Object[]> units = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			units.add(new Object[] { prefix + "-" + i, "UBND xã thử " + prefix + " " + i,
					i % 3 == 0 ? "AGENCY" : "COMMUNE_COMMITTEE", m.committeeId(), "ubnd xa thu " + i, now, now });
		}
		jdbc.batchUpdate("INSERT INTO units (code, name, kind, committee_id, search_key, created_at, updated_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?)", units);
		List<Long> ids = jdbc.queryForList("SELECT id FROM units WHERE code LIKE ? ORDER BY id", Long.class, prefix + "-%");
		jdbc.batchUpdate("INSERT INTO campaign_participants (campaign_id, unit_id, contact_name, contact_phone, "
				+ "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)", ids.stream()
					.map(id -> new Object[] { m.campaignId(), id, "Nguyễn Văn A", "0912 000 000", now, now })
					.toList());
		List<Object[]> registrations = new ArrayList<>();
		List<Object[]> reports = new ArrayList<>();
		for (int u = 0; u < ids.size(); u++) {
			String registration = STATUSES[u % STATUSES.length];
			if (registration != null) {
				registrations.add(new Object[] { m.campaignId(), ids.get(u),
						registration.equals("ACCEPTED") ? "APPROVED" : registration, now });
			}
			for (int p = 0; p < m.periods().size(); p++) {
				String status = STATUSES[(u + p) % STATUSES.length];
				if (status == null) {
					continue;
				}
				PeriodView period = m.periods().get(p);
				boolean sent = status.equals("ACCEPTED") || status.equals("SUBMITTED");
				Timestamp submitted = sent ? Timestamp.from(MonitoringFixture.at(20, 1, 9, 0)
					.plusSeconds(86_400L * (period.dueDate().getDayOfYear() - 20 + u % 4))) : null;
				reports.add(new Object[] { m.campaignId(), period.id(), ids.get(u), status, submitted, submitted,
						sent ? u % 4 : null, now, now, now });
			}
		}
		jdbc.batchUpdate("INSERT INTO target_registrations (campaign_id, unit_id, status, edited_at, created_at, "
				+ "updated_at) VALUES (?, ?, ?, ?, ?, ?)", registrations.stream()
					.map(r -> new Object[] { r[0], r[1], r[2], r[3], r[3], r[3] })
					.toList());
		jdbc.batchUpdate("INSERT INTO progress_reports (campaign_id, period_id, unit_id, status, first_submitted_at, "
				+ "last_submitted_at, late_days, edited_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				reports);
		// batch SQL stands for the services, which raise the campaign's status counter (the progress is kept under it)
		raiseStatusCounter(m);
	}

	/** What the campaign's status counter raised does: the counts kept under it are counted again on the next view. */
	private void raiseStatusCounter(Movement m) {
		jdbc.update("INSERT INTO campaign_status_versions (campaign_id, version) VALUES (?, 1) ON CONFLICT (campaign_id) "
				+ "DO UPDATE SET version = campaign_status_versions.version + 1", m.campaignId());
	}

	private Document page(String url, CurrentUser user) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	private long statements(String url, CurrentUser user) {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		try {
			statistics.clear();
			mvc.perform(get(url).with(as(user))).andExpect(status().isOk());
			return statistics.getPrepareStatementCount();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

	/** Median and 90th percentile of 40 sequential requests after 20 to warm up, signed in over real HTTP. */
	private String timed(String url, CurrentUser user) {
		HttpUserAgent agent = new HttpUserAgent(port);
		agent.signIn(user.username(), TestUsers.PASSWORD);
		for (int i = 0; i < 20; i++) {
			assertThat(agent.get(url).statusCode()).isEqualTo(200);
		}
		long[] millis = new long[40];
		int bytes = 0;
		for (int i = 0; i < millis.length; i++) {
			long start = System.nanoTime();
			HttpResponse<String> response = agent.get(url);
			millis[i] = (System.nanoTime() - start) / 1_000_000;
			bytes = response.body().length();
		}
		Arrays.sort(millis);
		return "median " + millis[millis.length / 2] + " ms, p90 " + millis[millis.length * 9 / 10] + " ms, "
				+ bytes / 1024 + " kB";
	}
}
