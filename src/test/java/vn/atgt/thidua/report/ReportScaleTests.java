package vn.atgt.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.report.ReportFixture.CHECKS;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.report.ReportFixture.Movement;
import vn.atgt.thidua.report.ReportFixture.ReportBuilder;
import vn.atgt.thidua.report.ReportFixture.Team;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The review queue, the list of reports and the report page issue a number of SQL statements that does not grow with
 * the data: counted with Hibernate's statistics on 40 units (more than a page of the queue; a file of evidence on the
 * reports shown; unfiltered, searched by units' names, by task area, by unit), then again after batch SQL has grown the
 * campaign to 200 participating units with approved targets and submitted reports, given 25 more targets to the
 * reports shown, and more files of evidence.
 */
@ThiDuaIntegrationTest
class ReportScaleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportFixture fixture;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void theQueueTheListAndTheReportPageReadAConstantNumberOfStatementsFromTwoTo200Units() throws Exception {
		Movement m = fixture.movement();
		Team police = fixture.team(m, m.police());
		Team banBo = fixture.team(m, m.banBo());
		ReportBuilder submitted = fixture.report(m, police, 7).filled().submittedOn(19, 8);
		ReportBuilder draft = fixture.report(m, banBo, 7).filled();
		ReportBuilder accepted = fixture.report(m, police, 8).filled().submittedOn(18, 9).accepted();
		ReportBuilder october = fixture.report(m, police, 10);
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("queue", m.reviewPage());
		pages.put("list", m.reportsPage());
		pages.put("queue searched by unit name", m.reviewPage() + "?q=xa");
		pages.put("queue of a task area", m.reviewPage() + "?taskAreaId=" + m.area(2));
		pages.put("list searched by unit name", m.reportsPage() + "?q=xa");
		pages.put("list of a unit", m.reportsPage() + "?unitId=" + m.banBo().id());
		pages.put("submitted report", "/reports/" + submitted.id());
		pages.put("accepted report", "/reports/" + accepted.id());
		pages.put("draft being edited", "/reports/" + draft.id());
		pages.put("report with earlier periods", "/reports/" + october.id());
		Map<String, CurrentUser> readers = Map.of("draft being edited", banBo.officer(), "report with earlier periods",
				police.officer());
		addUnits(m, 38);
		evidence(police, banBo, draft, october, 1);
		// each page as first read under the campaign's status counter, then again (the list's status counts kept)
		Map<String, Long> small = new LinkedHashMap<>();
		pages.forEach((name, url) -> {
			small.put(name, statements(url, readers.getOrDefault(name, m.office())));
			small.put(name + " again", statements(url, readers.getOrDefault(name, m.office())));
		});

		addUnits(m, 160);
		moreTargets(m, police, banBo, submitted);
		evidence(police, banBo, draft, october, 5);
		assertThat(Jsoup.parse(page(m.reviewPage(), m.office())).select("[data-testid=queue-count]").text())
			.isEqualTo("199 báo cáo chờ thẩm định");
		assertThat(Jsoup.parse(page("/reports/" + draft.id(), banBo.officer())).select("[data-testid^=entry-]"))
			.hasSize(30);
		assertThat(Jsoup.parse(page("/reports/" + submitted.id(), m.office())).select("[data-testid^=entry-]"))
			.hasSize(30);

		raiseStatusCounter(m);
		Map<String, Long> large = new LinkedHashMap<>();
		pages.forEach((name, url) -> {
			large.put(name, statements(url, readers.getOrDefault(name, m.office())));
			large.put(name + " again", statements(url, readers.getOrDefault(name, m.office())));
		});
		assertThat(large).isEqualTo(small);
		assertThat(small.get("list again")).isLessThan(small.get("list"));
		assertThat(small.values()).allSatisfy(count -> assertThat(count).isLessThan(25));
	}

	/** More units take part, each with ten approved targets and a submitted July report answering them. */
	private void addUnits(Movement m, int count) {
		Timestamp now = Timestamp.from(Instant.now());
		String prefix = ReportFixture.unique("S");
		List<Object[]> units = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			units.add(new Object[] { prefix + "-" + i, "UBND xã thử " + prefix + " " + i, "ubnd xa thu " + i,
					m.committeeId(), now, now });
		}
		jdbc.batchUpdate("INSERT INTO units (code, name, kind, committee_id, search_key, created_at, updated_at) "
				+ "VALUES (?, ?, 'COMMUNE_COMMITTEE', ?, ?, ?, ?)", reorder(units, 0, 1, 3, 2, 4, 5));
		List<Long> ids = jdbc.queryForList("SELECT id FROM units WHERE code LIKE ? ORDER BY id", Long.class, prefix + "-%");
		jdbc.batchUpdate("INSERT INTO campaign_participants (campaign_id, unit_id, created_at, updated_at) "
				+ "VALUES (?, ?, ?, ?)", ids.stream().map(id -> new Object[] { m.campaignId(), id, now, now }).toList());
		jdbc.batchUpdate("INSERT INTO target_registrations (campaign_id, unit_id, status, first_submitted_at, "
				+ "last_submitted_at, decided_at, edited_at, created_at, updated_at) VALUES (?, ?, 'APPROVED', ?, ?, ?, ?, ?, ?)",
				ids.stream().map(id -> new Object[] { m.campaignId(), id, now, now, now, now, now, now }).toList());
		List<Object[]> targets = new ArrayList<>();
		for (Long unit : ids) {
			Long registration = jdbc.queryForObject("SELECT id FROM target_registrations WHERE unit_id = ?", Long.class, unit);
			for (int t = 1; t <= 10; t++) {
				targets.add(new Object[] { registration, m.area(1 + t % 6), t, "Chỉ tiêu thử " + t, now, now });
			}
		}
		jdbc.batchUpdate("INSERT INTO targets (registration_id, task_area_id, position, kind, indicator_name, "
				+ "unit_of_measure, direction, target_value, created_at, updated_at) "
				+ "VALUES (?, ?, ?, 'QUANTITATIVE', ?, 'lượt', 'AT_LEAST', 100, ?, ?)", targets);
		Timestamp sent = Timestamp.from(ReportFixture.at(20, 8, 9, 0));
		jdbc.batchUpdate("INSERT INTO progress_reports (campaign_id, period_id, unit_id, status, first_submitted_at, "
				+ "last_submitted_at, late_days, edited_at, created_at, updated_at) "
				+ "VALUES (?, ?, ?, 'SUBMITTED', ?, ?, 0, ?, ?, ?)",
				ids.stream().map(id -> new Object[] { m.campaignId(), m.month(7).id(), id, sent, sent, sent, now, now })
					.toList());
		jdbc.update("INSERT INTO progress_entries (report_id, target_id, period_value, created_at, updated_at) "
				+ "SELECT r.id, t.id, 10, ?, ? FROM progress_reports r JOIN target_registrations g ON g.unit_id = r.unit_id "
				+ "JOIN targets t ON t.registration_id = g.id WHERE r.campaign_id = ? AND r.unit_id IN (SELECT id FROM units "
				+ "WHERE code LIKE ?)", now, now, m.campaignId(), prefix + "-%");
		// batch SQL stands for the services, which raise the campaign's status counter (the list's counts are kept)
		raiseStatusCounter(m);
	}

	/** What the campaign's status counter raised does: the counts kept under it are counted again on the next view. */
	private void raiseStatusCounter(Movement m) {
		jdbc.update("INSERT INTO campaign_status_versions (campaign_id, version) VALUES (?, 1) ON CONFLICT (campaign_id) "
				+ "DO UPDATE SET version = campaign_status_versions.version + 1", m.campaignId());
	}

	/** 25 more approved targets for both teams: answered in the submitted report, not yet in the draft. */
	private void moreTargets(Movement m, Team police, Team banBo, ReportBuilder submitted) {
		Timestamp now = Timestamp.from(Instant.now());
		for (Team team : List.of(police, banBo)) {
			Long registration = jdbc.queryForObject("SELECT id FROM target_registrations WHERE unit_id = ?", Long.class,
					team.unit().id());
			List<Object[]> targets = new ArrayList<>();
			for (int t = 1; t <= 25; t++) {
				targets.add(new Object[] { registration, m.area(1 + t % 6), 100 + t, "Chỉ tiêu thêm " + t, now, now });
			}
			jdbc.batchUpdate("INSERT INTO targets (registration_id, task_area_id, position, kind, indicator_name, "
					+ "unit_of_measure, direction, target_value, created_at, updated_at) "
					+ "VALUES (?, ?, ?, 'QUANTITATIVE', ?, 'lượt', 'AT_LEAST', 100, ?, ?)", targets);
		}
		jdbc.update("INSERT INTO progress_entries (report_id, target_id, period_value, created_at, updated_at) "
				+ "SELECT ?, t.id, 5, ?, ? FROM targets t JOIN target_registrations g ON g.id = t.registration_id "
				+ "WHERE g.unit_id = ? AND t.indicator_name LIKE 'Chỉ tiêu thêm %'", submitted.id(), now, now,
				police.unit().id());
	}

	/** Files of evidence on the draft and the October report, every other one on an entry. */
	private void evidence(Team police, Team banBo, ReportBuilder draft, ReportBuilder october, int count) {
		for (ReportBuilder report : List.of(draft, october)) {
			Team team = report == draft ? banBo : police;
			List<EvidenceUpload> files = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				files.add(new EvidenceUpload(i % 2 == 0 ? null : team.target(CHECKS), "anh-" + i + ".png",
						ReportFixture.png(30, 20), null));
			}
			fixture.reports.save(team.officer(), report.id(), report.view().version(), null, files);
		}
	}

	private static List<Object[]> reorder(List<Object[]> rows, int... order) {
		return rows.stream().map(row -> {
			Object[] out = new Object[order.length];
			for (int i = 0; i < order.length; i++) {
				out[i] = row[order[i]];
			}
			return out;
		}).toList();
	}

	private String page(String url, CurrentUser user) throws Exception {
		return mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private long statements(String url, CurrentUser user) {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		try {
			statistics.clear();
			page(url, user);
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
