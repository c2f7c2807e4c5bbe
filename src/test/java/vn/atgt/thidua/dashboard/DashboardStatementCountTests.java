package vn.atgt.thidua.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.monitoring.MonitoringFixture;
import vn.atgt.thidua.report.ReportCompletions;
import vn.atgt.thidua.support.Measured;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The dashboard, the results page and its export read a number of SQL statements that does not grow with the units:
 * counted with Hibernate's statistics on the hand-built movement of four units, then after batch SQL added 200 more
 * units, each with a registration and a report for every period in one of the states by turn. A page is counted as it
 * is served again (the completion counts are kept between views while the kept values do not change); its first view
 * after a change reads one statement more, counted apart.
 */
@ThiDuaIntegrationTest
class DashboardStatementCountTests {

	private static final Logger log = LoggerFactory.getLogger(DashboardStatementCountTests.class);
	private static final String[] STATUSES = { "ACCEPTED", "SUBMITTED", "RETURNED", "DRAFT", null };

	@Autowired
	MockMvc mvc;

	@Autowired
	DashboardFixture fixture;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	MutableClock clock;

	@Autowired
	ReportCompletions completions;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theDashboardAndResultsReadTheSameNumberOfStatementsForFourAnd204Units() throws Exception {
		DashboardFixture.Story story = fixture.story();
		clock.setInstant(MonitoringFixture.at(10, 10, 12, 0));
		CurrentUser leader = users.leader();
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("dashboard", story.dashboard());
		pages.put("dashboard of the third quarter", story.dashboard() + "?kind=QUARTER&month=2024-08");
		pages.put("results", story.results());
		pages.put("results of communes in task area 1",
				story.results() + "?unitKind=COMMUNE_COMMITTEE&areaId=1&taskAreaId=" + story.m().area(1));
		pages.put("results export", story.results() + "/export?table=TASK_AREAS");

		Map<String, Long> small = new LinkedHashMap<>();
		pages.forEach((name, url) -> small.put(name, statements(url, leader)));
		// the office's dashboard also reads whether the public page is on
		small.put("dashboard of the office", statements(story.dashboard(), users.office()));

		addUnits(story, 200);
		String dashboard = mvc.perform(get(story.dashboard()).with(as(leader))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(Jsoup.parse(dashboard).select("[data-testid=period-last]").text()).contains("/204 đơn vị");
		// many units need attention: the page lists the first twenty and links to the paged late list for the rest
		assertThat(Jsoup.parse(dashboard).select("[data-testid=attention] tr[data-unit]")).hasSize(20);
		assertThat(Jsoup.parse(dashboard).select("[data-testid=attention-more] a").text()).startsWith("Đang hiện 20 trong ");
		assertThat(Jsoup.parse(dashboard).select("[data-testid=attention-more] a").attr("href"))
			.isEqualTo(story.dashboard().replace("/dashboard", "/monitoring/late"));
		Map<String, Long> large = new LinkedHashMap<>();
		pages.forEach((name, url) -> large.put(name, statements(url, leader)));
		large.put("dashboard of the office", statements(story.dashboard(), users.office()));
		assertThat(large).isEqualTo(small);
		// the results page shows 50 units a page, paged in SQL, the pager keeping the filter; the totals count them all
		Document results = Jsoup.parse(mvc.perform(get(story.results() + "?unitKind=COMMUNE_COMMITTEE&page=1")
			.with(as(leader))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(results.select("[data-testid=units-table] tbody tr")).hasSize(50);
		assertThat(results.select("#list-results nav a.page-link").eachAttr("href"))
			.allSatisfy(href -> assertThat(href).contains("unitKind=COMMUNE_COMMITTEE"));
		assertThat(results.select("[data-testid=results-paged]").text()).contains("50", "135");
		// issue 14: at most 15 statements per page (the office's dashboard reads one more: its public page switch)
		assertThat(small.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(15));
		// the first view after the kept values changed counts them again: one statement more, still within 15
		completions.rebuild(story.id());
		long first = oneView(story.dashboard(), users.office());
		assertThat(first).isEqualTo(small.get("dashboard of the office") + 1).isLessThanOrEqualTo(15);
		log.info("Statements per dashboard page, at 4 and at 204 units: {}", small);
		Measured.of("dashboard of 204 units", () -> mvc.perform(get(story.dashboard()).with(as(leader)))
			.andExpect(status().isOk()));
		Measured.of("results of 204 units", () -> mvc.perform(get(story.results()).with(as(leader)))
			.andExpect(status().isOk()));
	}

	private void addUnits(DashboardFixture.Story story, int count) {
		Timestamp now = Timestamp.from(Instant.now());
		String prefix = MonitoringFixture.unique("D");
		List<Object[]> units = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			units.add(new Object[] { prefix + "-" + i, "UBND xã thử " + prefix + " " + i,
					i % 3 == 0 ? "AGENCY" : "COMMUNE_COMMITTEE", story.m().committeeId(), "ubnd xa thu " + i, now,
					now });
		}
		jdbc.batchUpdate("INSERT INTO units (code, name, kind, committee_id, search_key, created_at, updated_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?)", units);
		List<Long> ids = jdbc.queryForList("SELECT id FROM units WHERE code LIKE ? ORDER BY id", Long.class,
				prefix + "-%");
		jdbc.batchUpdate("INSERT INTO campaign_participants (campaign_id, unit_id, contact_name, contact_phone, "
				+ "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)", ids.stream()
					.map(id -> new Object[] { story.id(), id, "Nguyễn Văn A", "0912 000 000", now, now })
					.toList());
		List<Object[]> registrations = new ArrayList<>();
		List<Object[]> reports = new ArrayList<>();
		List<PeriodView> periods = story.m().periods();
		for (int u = 0; u < ids.size(); u++) {
			String registration = STATUSES[u % STATUSES.length];
			if (registration != null) {
				registrations.add(new Object[] { story.id(), ids.get(u),
						registration.equals("ACCEPTED") ? "APPROVED" : registration, now, now, now });
			}
			for (int p = 0; p < periods.size(); p++) {
				String status = STATUSES[(u + p) % STATUSES.length];
				if (status == null) {
					continue;
				}
				boolean sent = status.equals("ACCEPTED") || status.equals("SUBMITTED");
				Timestamp submitted = sent ? now : null;
				reports.add(new Object[] { story.id(), periods.get(p).id(), ids.get(u), status, submitted, submitted,
						sent ? u % 4 : null, now, now, now });
			}
		}
		jdbc.batchUpdate("INSERT INTO target_registrations (campaign_id, unit_id, status, edited_at, created_at, "
				+ "updated_at) VALUES (?, ?, ?, ?, ?, ?)", registrations);
		jdbc.batchUpdate("INSERT INTO progress_reports (campaign_id, period_id, unit_id, status, first_submitted_at, "
				+ "last_submitted_at, late_days, edited_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				reports);
		// batch SQL stands for the services, which raise the campaign's status counter (the standing is kept under it)
		jdbc.update("INSERT INTO campaign_status_versions (campaign_id, version) VALUES (?, 1) ON CONFLICT (campaign_id) "
				+ "DO UPDATE SET version = campaign_status_versions.version + 1", story.id());
	}

	/** The statements of the page served again (viewed once before). */
	private long statements(String url, CurrentUser user) {
		try {
			mvc.perform(get(url).with(as(user))).andExpect(status().isOk());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		return oneView(url, user);
	}

	/** The statements of one view of the page. */
	private long oneView(String url, CurrentUser user) {
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
}
