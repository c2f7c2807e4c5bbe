package vn.atgt.thidua.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.submission.SubmissionFixture.Province;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The parent's queue (filtered or not), the child's sent list and a sending's page read the same number of
 * SQL statements with 30 sendings as with 330: the lists are paged and filtered in SQL, a sending's page reads its
 * files in one query and the committees' names once.
 */
@ThiDuaIntegrationTest
class SubmissionStatementCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SubmissionFixture fixture;

	@Autowired
	SubmissionService submissions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void thePagesReadAConstantNumberOfStatementsWhateverTheNumberOfSendings() {
		Province p = fixture.province();
		Long sent = submissions.sendReport(p.childOffice(), p.campaignId(), p.reportId());
		Map<String, CurrentUser> pages = new LinkedHashMap<>();
		pages.put("/submissions", p.parentOffice());
		pages.put("/submissions?status=SENT&kind=YEAR_END_REPORT&committeeId=" + p.child().committeeId(),
				p.parentOffice());
		pages.put("/submissions/sent", p.childOffice());
		pages.put("/submissions/" + sent, p.parentOffice());
		grow(p, 30);
		Map<String, Long> small = new LinkedHashMap<>();
		pages.forEach((url, user) -> small.put(url, statements(url, user)));
		grow(p, 300);
		Map<String, Long> large = new LinkedHashMap<>();
		pages.forEach((url, user) -> large.put(url, statements(url, user)));
		assertThat(large).isEqualTo(small);
	}

	private void grow(Province p, int rows) {
		jdbc.update("INSERT INTO upward_submissions (campaign_id, sender_committee_id, receiver_committee_id, kind, "
				+ "subject, title, round_number, status, sent_at, sent_by_name, created_at, updated_at) SELECT ?, ?, ?, "
				+ "'COMMENDATION_DOSSIER', 'thử ' || i || ' ' || random(), 'Hồ sơ thử ' || i, 1, 'SENT', "
				+ "now() - i * interval '1 minute', 'Văn phòng', now(), now() FROM generate_series(1, ?) i",
				p.campaignId(), p.child().committeeId(), p.parentId(), rows);
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
