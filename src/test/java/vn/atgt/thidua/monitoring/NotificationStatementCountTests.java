package vn.atgt.thidua.monitoring;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.support.TestUnits;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The layout's per-request work (the unread badge) and a unit officer's notifications page read a number of SQL
 * statements that does not grow with her notifications: counted with Hibernate's statistics at 2 notifications, then
 * at 152 (the page shows 30, newest first; the badge counts every unread one).
 */
@ThiDuaIntegrationTest
class NotificationStatementCountTests {

	private static final Logger log = LoggerFactory.getLogger(NotificationStatementCountTests.class);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestUnits units;

	@Autowired
	NotificationService notifications;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void theNotificationsPageAndTheLayoutReadAConstantNumberOfStatements() throws Exception {
		CurrentUser officer = users.create("officer", units.unit("UBND xã Thông báo thử").id(), Role.UNIT_OFFICER);
		notify(officer, 2);
		Map<String, Long> small = counts(officer);

		notify(officer, 150);
		var page = Jsoup.parse(mvc.perform(get("/notifications").with(as(officer))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(page.select("[data-testid=notification-list] li")).hasSize(30);
		assertThat(page.select("[data-testid=unread-count]").text()).isEqualTo("152");
		assertThat(page.select("[data-testid=notification-list] li").first().text()).contains("Thông báo số 152");

		assertThat(counts(officer)).isEqualTo(small);
		log.info("Statements per page of a unit officer, at 2 and at 152 notifications: {}", small);
	}

	private void notify(CurrentUser officer, int count) {
		long existing = notifications.unreadCount(officer.id());
		for (int i = 1; i <= count; i++) {
			notifications.notifyUnit(officer.unitId(), NotificationKind.ITEM_RETURNED, "/campaigns", "mail.subject",
					"Thông báo số " + (existing + i));
		}
	}

	private Map<String, Long> counts(CurrentUser user) {
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("notifications", statements("/notifications", user));
		counts.put("notifications page 2", statements("/notifications?page=1", user));
		counts.put("campaigns", statements("/campaigns", user));
		return counts;
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
}
