package vn.atgt.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.util.LinkedHashMap;
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
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The lists of bench/pages.sh that no module's scale test counts (campaigns, black spots, notifications, the audit
 * trail) read the same number of SQL statements with 60 campaigns, black spots and notifications and 120 audit entries
 * (more than a page each) as with 660 and 1,320: each is paged in SQL. Hibernate's statistics count what goes
 * through Hibernate; the audit trail's plain JDBC reads are a fixed three per page by construction (the page, its
 * count, the changes of its entries in one query) and its entity types one loose index scan (AuditService).
 */
@ThiDuaIntegrationTest
class ListStatementCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CampaignFixture fixture;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void theListsReadAConstantNumberOfStatementsWhateverTheirLength() throws Exception {
		CampaignFixture.Organisation ban = fixture.organisation();
		Long campaign = fixture.aCampaign(ban).withTaskAreas(1).withMonthlyPeriods(7, 8).active().create();
		CurrentUser office = fixture.office();
		Map<String, CurrentUser> pages = new LinkedHashMap<>();
		pages.put("/campaigns", office);
		pages.put("/campaigns/" + campaign + "/black-spots", office);
		pages.put("/notifications", office);
		pages.put("/admin/audit", users.admin());
		// more than a page each already (a full first page costs the count query a shorter one does without)
		grow(ban.committeeId(), office.id(), 60);
		Map<String, Long> small = new LinkedHashMap<>();
		pages.forEach((url, user) -> small.put(url, statements(url, user)));

		grow(ban.committeeId(), office.id(), 600);
		assertThat(Jsoup.parse(page("/campaigns/" + campaign + "/black-spots", office)).text()).contains("Điểm thử ");
		Map<String, Long> large = new LinkedHashMap<>();
		pages.forEach((url, user) -> large.put(url, statements(url, user)));
		assertThat(large).isEqualTo(small);
	}

	private void grow(Long committeeId, Long userId, int rows) {
		jdbc.update("INSERT INTO campaigns (committee_id, plan_number, plan_date, title, start_date, end_date, "
				+ "baseline_year, accident_convention, status, created_at, updated_at) SELECT ?, 'KH-THU-' || i, "
				+ "DATE '2020-01-05', 'Phong trào thử ' || i, DATE '2020-01-01', DATE '2020-12-31', 2019, "
				+ "'CALENDAR_MONTH', 'CLOSED', now(), now() FROM generate_series(1, ?) i", committeeId, rows);
		jdbc.update("INSERT INTO black_spots (committee_id, kind, name, identified_on, status, search_key, created_at, "
				+ "updated_at) SELECT ?, 'BLACK_SPOT', 'Điểm thử ' || i, DATE '2024-01-01' + i, 'IDENTIFIED', "
				+ "'diem thu ' || i, now(), now() FROM generate_series(1, ?) i", committeeId, rows);
		jdbc.update("INSERT INTO notifications (user_id, kind, message_key, message_args, link, created_at) "
				+ "SELECT ?, 'SUBMISSION_RECEIVED', 'notification.report.submitted', 'Đơn vị ' || i || chr(31) || "
				+ "'Tháng 7/2024' || chr(31) || '0', '/campaigns', now() - i * interval '1 hour' "
				+ "FROM generate_series(1, ?) i", userId, rows);
		jdbc.update("INSERT INTO audit_entries (occurred_at, username, action, entity_type, entity_id, summary) "
				+ "SELECT now() - i * interval '1 minute', 'thu', 'UPDATE', 'ProgressReport', i::text, 'thử' "
				+ "FROM generate_series(1, ?) i", rows * 2);
		jdbc.update("INSERT INTO audit_changes (entry_id, field, old_value, new_value) SELECT id, 'status', 'DRAFT', "
				+ "'SUBMITTED' FROM audit_entries e WHERE username = 'thu' AND NOT EXISTS (SELECT 1 FROM audit_changes c "
				+ "WHERE c.entry_id = e.id)");
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
