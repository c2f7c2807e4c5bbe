package vn.atgt.thidua.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.monitoring.MonitoringFixture.at;
import static vn.atgt.thidua.support.TestUsers.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.monitoring.MonitoringFixture.Movement;
import vn.atgt.thidua.monitoring.MonitoringFixture.Team;
import vn.atgt.thidua.report.ReportContent;
import vn.atgt.thidua.report.ReportQueries;
import vn.atgt.thidua.report.ReportService;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The campaign-wide counts of the list of reports (by status), of the status matrix (its columns' totals) and of the
 * late list (which units are late, and how many) are kept between views under the campaign's status counter and the
 * day (issue 19): a report sent, returned or accepted shows on the next view of each page, and so does another day.
 * Read on 10/10/2024 with four units, July due: the police's July report accepted, Bản Bo's sent, the education office
 * and Nà Tăm have none.
 */
@ThiDuaIntegrationTest
class KeptCountsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MonitoringFixture monitoring;

	@Autowired
	ReportService reports;

	@Autowired
	ReportQueries reportQueries;

	@Autowired
	MutableClock clock;

	Movement m;
	Team police;
	Team education;
	Team banBo;
	Long banBoJuly;

	@BeforeEach
	void build() {
		m = monitoring.movement();
		monitoring.registrationDeadline(m, LocalDate.of(2024, 7, 15));
		police = monitoring.team(m.police());
		education = monitoring.team(m.education());
		banBo = monitoring.team(m.banBo());
		monitoring.report(m, police, 7).submittedOn(10, 8).accepted();
		banBoJuly = monitoring.report(m, banBo, 7).submittedOn(12, 8).id();
		clock.setInstant(at(10, 10, 12, 0));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aReportSentReturnedOrAcceptedShowsOnTheNextViewOfEachPage() throws Exception {
		// each page twice: the second view reads what the first one kept
		for (int view = 0; view < 2; view++) {
			assertJuly(1, 1, 0, 2, 2);
		}

		// the education office sends its July report
		monitoring.report(m, education, 7).submittedOn(10, 10);
		assertJuly(1, 2, 0, 1, 3);
		assertJuly(1, 2, 0, 1, 3);

		// the office returns Bản Bo's: it is overdue again
		clock.run(at(10, 10, 13, 0), () -> reports.returnForChanges(m.office(), banBoJuly,
				reportQueries.report(m.office(), banBoJuly).version(), "Thiếu số liệu", Map.of()));
		assertJuly(1, 1, 1, 2, 2);
		assertJuly(1, 1, 1, 2, 2);

		// Bản Bo sends it again and the office accepts it
		clock.run(at(10, 10, 14, 0), () -> reports.submit(banBo.head(), banBoJuly,
				reportQueries.report(m.office(), banBoJuly).version(),
				new ReportContent(Map.of(), Map.of(), "Kinh phí tuyên truyền còn hạn chế.", null), List.of()));
		clock.run(at(10, 10, 15, 0), () -> reports.accept(m.office(), banBoJuly,
				reportQueries.report(m.office(), banBoJuly).version()));
		assertJuly(2, 1, 0, 1, 3);
	}

	@Test
	void anotherDayCountsAgain() throws Exception {
		// on 1/8 July is not due yet: nobody is late for it, the reports list has no period begun after July
		clock.setInstant(at(1, 8, 12, 0));
		assertThat(lateCount()).isZero();
		assertThat(matrixJuly().text()).doesNotContain("quá hạn");
		assertThat(lateCount()).isZero();
		clock.setInstant(at(10, 10, 12, 0));
		assertThat(lateCount()).isEqualTo(2);
		assertThat(matrixJuly().text()).contains("2 quá hạn");
	}

	@Test
	void aUnitThatLeavesLeavesTheListOfReportsOnItsNextView() throws Exception {
		// the list's rows are chosen from the participants kept in order (issue 19): September has the four units
		String september = "/campaigns/" + m.campaignId() + "/reports?periodId=" + m.month(9).id();
		for (int view = 0; view < 2; view++) {
			assertThat(page(september).select("[data-testid=reports] tr[data-testid^=row-]")).hasSize(4);
		}
		monitoring.takesPart(m, m.naTam(), null, LocalDate.of(2024, 8, 31));
		Elements rows = page(september).select("[data-testid=reports] tr[data-testid^=row-]");
		assertThat(rows).hasSize(3);
		assertThat(rows.select("[data-testid=row-" + m.naTam().id() + "-" + m.month(9).id() + "]")).isEmpty();
		// its July row stays, in the campaign's order (agencies, then communes, each by name)
		Elements july = page("/campaigns/" + m.campaignId() + "/reports?periodId=" + m.month(7).id())
			.select("[data-testid=reports] tr[data-testid^=row-]");
		assertThat(july.eachAttr("data-testid")).hasSize(4).contains("row-" + m.naTam().id() + "-" + m.month(7).id());
	}

	/**
	 * What the three pages show of July: the list of reports' counts of accepted, sent and returned reports (and its
	 * rows of sent reports, counted from the kept counts on a page of one row), the matrix's July column (sent of four,
	 * overdue) and the late list of July.
	 */
	private void assertJuly(int accepted, int submitted, int returned, int late, int sent) throws Exception {
		Long july = m.month(7).id();
		Document list = page("/campaigns/" + m.campaignId() + "/reports?periodId=" + july);
		assertThat(list.select("[data-testid=status-summary]").text()).contains("Đã tiếp nhận: " + accepted)
			.contains("Đã gửi: " + submitted)
			.contains("Trả lại: " + returned)
			.contains("Chưa thực hiện: " + (4 - accepted - submitted - returned));
		if (submitted > 1) {
			Document sentPage = page("/campaigns/" + m.campaignId() + "/reports?size=1&periodId=" + july
					+ "&status=SUBMITTED");
			assertThat(sentPage.select(".pagination").text()).contains("Trang 1/" + submitted + " · " + submitted);
		}
		assertThat(matrixJuly().text()).contains("Đã gửi " + sent + "/4").contains(late + " quá hạn");
		assertThat(lateCount()).isEqualTo(late);
		Document lateList = page(m.latePage() + "?item=" + july);
		assertThat(lateList.select("[data-testid=late-units] tr[data-testid^=late-]")).hasSize(late);
	}

	private Elements matrixJuly() throws Exception {
		return page(m.matrixPage()).select("[data-testid=total-" + m.month(7).id() + "]");
	}

	private int lateCount() throws Exception {
		String text = page(m.latePage() + "?item=" + m.month(7).id()).select("[data-testid=late-count]").text();
		return Integer.parseInt(text.replaceAll("\\D.*", ""));
	}

	private Document page(String url) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(as(m.office()))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
	}
}
