package vn.atgt.thidua.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.monitoring.MonitoringFixture.at;
import static vn.atgt.thidua.support.TestUsers.as;

import java.time.LocalDate;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.campaign.Cadence;
import vn.atgt.thidua.campaign.PeriodCommand;
import vn.atgt.thidua.campaign.PeriodService;
import vn.atgt.thidua.monitoring.MonitoringFixture;
import vn.atgt.thidua.monitoring.MonitoringFixture.Movement;
import vn.atgt.thidua.monitoring.MonitoringFixture.Team;
import vn.atgt.thidua.report.ReportQueries;
import vn.atgt.thidua.registration.RegistrationService;
import vn.atgt.thidua.report.ReportService;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.unit.UnitCommand;
import vn.atgt.thidua.unit.UnitRow;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The dashboard's late units, units needing attention and completion, counted by the database (monitoring's standing
 * statement joined with the report module's units of low completion) on a movement built by hand, each unit with one
 * target "Số buổi tuyên truyền ≥ 15 buổi" approved before the deadline (15/7) and 10 buổi in every accepted report;
 * read on 10/10/2024 (57,7 % of the campaign's days gone; July and August due):
 * <ul>
 * <li>the police, in order: July and August sent on time and accepted (20 buổi: met);</li>
 * <li>the education office, low completion: July and August sent, neither accepted yet (0 buổi: behind);</li>
 * <li>Bản Bo, late: July accepted (10 buổi, 66,7 %: on track), August never sent;</li>
 * <li>Nà Tăm, a returned report waiting: July accepted, August sent on 15/9 and returned.</li>
 * </ul>
 * The completion counts are kept between views: they must follow an accepted report and the day.
 */
@ThiDuaIntegrationTest
class DashboardAttentionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MonitoringFixture monitoring;

	@Autowired
	ReportService reports;

	@Autowired
	ReportQueries reportQueries;

	@Autowired
	RegistrationService registrations;

	@Autowired
	PeriodService periods;

	@Autowired
	UnitService units;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	Movement m;
	Team police;
	Team education;
	Team banBo;
	Team naTam;
	Long educationJuly;
	Long educationAugust;
	Long policeJuly;
	Long naTamAugust;

	@BeforeEach
	void build() {
		m = monitoring.movement();
		monitoring.registrationDeadline(m, LocalDate.of(2024, 7, 15));
		police = monitoring.team(m.police());
		education = monitoring.team(m.education());
		banBo = monitoring.team(m.banBo());
		naTam = monitoring.team(m.naTam());
		for (Team team : new Team[] { police, education, banBo, naTam }) {
			monitoring.registration(m, team).submittedOn(5, 7).approvedOn(8, 7);
		}
		policeJuly = monitoring.report(m, police, 7).submittedOn(10, 8).accepted().id();
		monitoring.report(m, police, 8).submittedOn(10, 9).accepted();
		educationJuly = monitoring.report(m, education, 7).submittedOn(10, 8).id();
		educationAugust = monitoring.report(m, education, 8).submittedOn(10, 9).id();
		monitoring.report(m, banBo, 7).submittedOn(12, 8).accepted();
		monitoring.report(m, naTam, 7).submittedOn(12, 8).accepted();
		naTamAugust = monitoring.report(m, naTam, 8).submittedOn(15, 9).returned("Thiếu số liệu tuyên truyền").id();
		clock.setInstant(at(10, 10, 12, 0));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void lateUnitsAndUnitsNeedingAttentionAreCountedAsTheRulesSay() throws Exception {
		Document page = dashboard();
		assertThat(page.select("[data-testid=late-units]").text()).isEqualTo("Số đơn vị chậm: 2");
		assertThat(page.select("#attention-heading").text()).isEqualTo("Đơn vị cần quan tâm (2)");
		Elements attention = page.select("[data-testid=attention] tr[data-unit]");
		// agencies before communes, as the campaign orders its units; the police and Bản Bo need no attention
		assertThat(attention.eachAttr("data-unit")).containsExactly(education.unitId().toString(),
				naTam.unitId().toString());

		Elements low = row(page, education);
		assertThat(low.select("[data-testid=low]").text())
			.isEqualTo("Tỷ lệ hoàn thành thấp: 0/1 chỉ tiêu đạt hoặc đúng tiến độ");
		assertThat(low.select("[data-testid=returned], [data-testid=nothing-sent]")).isEmpty();

		Elements returned = row(page, naTam);
		assertThat(returned.select("[data-testid=returned]").text()).isEqualTo("Có 1 nội dung bị trả lại đang chờ sửa");
		assertThat(returned.select("a").eachAttr("href")).containsExactly("/reports/" + naTamAugust);
		assertThat(returned.select("[data-testid=low], [data-testid=nothing-sent]")).isEmpty();

		assertThat(page.select("[data-testid=period-last]").text())
			.isEqualTo("Kỳ đã đến hạn gần nhất: Tháng 8/2024 (hạn 20/09/2024) Đã gửi 2/4 đơn vị 50 % "
					+ "Gửi trễ hạn: 0 Quá hạn chưa gửi: 2");
		assertThat(page.select("[data-testid=period-current]").text()).startsWith("Kỳ hiện tại: Tháng 9/2024")
			.contains("Đã gửi 0/4 đơn vị");
		assertCompletion(page, 1, 2, 1);
	}

	@Test
	void anAcceptedReportRaisesTheCampaignsCounterAndTheNextViewCountsAgain() throws Exception {
		assertCompletion(dashboard(), 1, 2, 1);
		long before = counter();
		long statusBefore = statusCounter();

		clock.run(at(10, 10, 9, 0), () -> reports.accept(m.office(), educationJuly,
				reportQueries.report(m.office(), educationJuly).version()));

		assertThat(counter()).isEqualTo(before + 1);
		assertThat(statusCounter()).isEqualTo(statusBefore + 1);
		Document page = dashboard();
		// 10 of 15 buổi (66,7 %) is on track on 10/10: the education office no longer needs attention
		assertCompletion(page, 1, 3, 0);
		assertThat(page.select("#attention-heading").text()).isEqualTo("Đơn vị cần quan tâm (1)");
		assertThat(page.select("[data-testid=attention] tr[data-unit]").eachAttr("data-unit"))
			.containsExactly(naTam.unitId().toString());
	}

	@Test
	void theSameValuesAreJudgedAgainOnAnotherDay() throws Exception {
		assertCompletion(dashboard(), 1, 2, 1);

		// on 20/12, 94,3 % of the campaign's days are gone: 10 of 15 buổi is behind, and every unit is late
		clock.setInstant(at(20, 12, 12, 0));
		Document page = dashboard();
		assertCompletion(page, 1, 0, 3);
		assertThat(page.select("[data-testid=late-units]").text()).isEqualTo("Số đơn vị chậm: 4");
		assertThat(page.select("[data-testid=attention] tr[data-unit]").eachAttr("data-unit")).containsExactly(
				education.unitId().toString(), banBo.unitId().toString(), naTam.unitId().toString());
		assertThat(row(page, banBo).select("[data-testid=low]").text())
			.isEqualTo("Tỷ lệ hoàn thành thấp: 0/1 chỉ tiêu đạt hoặc đúng tiến độ");
	}

	/**
	 * The standing is kept between views under the campaign's status counter: every way a status, a participant, a
	 * period, the deadline or a unit's name changes raises it, and the next view shows the change.
	 */
	@Test
	void everyChangeOfWhereTheUnitsStandShowsOnTheNextView() throws Exception {
		assertStanding(dashboard(), 2, "Đã gửi 2/4 đơn vị");
		assertThat(dashboard().select("[data-testid=late-units]").text()).isEqualTo("Số đơn vị chậm: 2");

		// Bản Bo opens its August report (a draft) and sends it, late: only Nà Tăm is late now
		long before = statusCounter();
		monitoring.report(m, banBo, 8).submittedOn(10, 10);
		assertThat(statusCounter()).isEqualTo(before + 2);
		assertStanding(dashboard(), 1, "Đã gửi 3/4 đơn vị");

		// the office returns the education office's August report: it is overdue, and waits for its correction
		clock.run(at(10, 10, 9, 0), () -> reports.returnForChanges(m.office(), educationAugust,
				reportQueries.report(m.office(), educationAugust).version(), "Thiếu số liệu", Map.of()));
		Document returned = dashboard();
		assertStanding(returned, 2, "Đã gửi 2/4 đơn vị");
		assertThat(row(returned, education).select("[data-testid=returned]").text())
			.isEqualTo("Có 1 nội dung bị trả lại đang chờ sửa");

		// the office reopens the police's accepted July report: July is overdue again
		clock.run(at(10, 10, 9, 30), () -> reports.reopen(m.office(), policeJuly,
				reportQueries.report(m.office(), policeJuly).version(), "Sai số liệu"));
		assertStanding(dashboard(), 3, "Đã gửi 2/4 đơn vị");

		// the office reopens Bản Bo's approved registration: past the deadline, it is overdue
		clock.run(at(10, 10, 10, 0), () -> registrations.reopen(m.office(), m.campaignId(), banBo.unitId(),
				registrations.registration(m.office(), m.campaignId(), banBo.unitId()).version(), "Bổ sung chỉ tiêu"));
		assertStanding(dashboard(), 4, "Đã gửi 2/4 đơn vị");

		// the deadline moves to the year's end: Bản Bo's registration is not overdue any more
		monitoring.registrationDeadline(m, LocalDate.of(2024, 12, 31));
		assertStanding(dashboard(), 3, "Đã gửi 2/4 đơn vị");

		// Nà Tăm left the campaign at the end of July: nothing of August is expected of it
		monitoring.takesPart(m, m.naTam(), null, LocalDate.of(2024, 7, 31));
		assertStanding(dashboard(), 2, "Đã gửi 2/3 đơn vị");

		// a period added by hand, due before today: every unit still taking part is overdue for it
		periods.add(m.office(), m.campaignId(), new PeriodCommand(Cadence.AD_HOC, "Đợt cao điểm", LocalDate.of(2024,
				9, 1), LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 5), false));
		assertThat(dashboard().select("[data-testid=late-units]").text()).isEqualTo("Số đơn vị chậm: 3");

		// the education office is renamed: the list of units needing attention shows its new name
		UnitRow unit = units.get(education.unitId());
		units.update(unit.id(), unit.version(), new UnitCommand(unit.code(), "Sở Giáo dục và Đào tạo (mới)",
				unit.shortName(), unit.kind(), unit.areaId(), unit.committeeId(), unit.email(), unit.phone(),
				unit.suppliesAccidentFigures()));
		assertThat(row(dashboard(), education).text()).contains("Sở Giáo dục và Đào tạo (mới)");
	}

	private static void assertStanding(Document page, int late, String lastPeriodSent) {
		assertThat(page.select("[data-testid=late-units]").text()).isEqualTo("Số đơn vị chậm: " + late);
		assertThat(page.select("[data-testid=period-last]").text()).contains(lastPeriodSent);
	}

	/** Task area 4's targets: met, on track and behind (four targets, one per unit). */
	private static void assertCompletion(Document page, int met, int onTrack, int behind) {
		Elements area = page.select("[data-testid=completion] tr[data-task-area=4]");
		assertThat(area.select("[data-testid=targets]").text()).isEqualTo("4");
		assertThat(area.select("[data-testid=met]").text()).isEqualTo(String.valueOf(met));
		assertThat(area.select("[data-testid=on-track]").text()).isEqualTo(String.valueOf(onTrack));
		assertThat(area.select("[data-testid=behind]").text()).isEqualTo(String.valueOf(behind));
	}

	private static Elements row(Document page, Team team) {
		return page.select("[data-testid=attention] tr[data-unit=" + team.unitId() + "]");
	}

	private long counter() {
		return jdbc.queryForObject("SELECT version FROM target_value_versions WHERE campaign_id = ?", Long.class,
				m.campaignId());
	}

	private long statusCounter() {
		return jdbc.queryForObject("SELECT version FROM campaign_status_versions WHERE campaign_id = ?", Long.class,
				m.campaignId());
	}

	private Document dashboard() throws Exception {
		return Jsoup.parse(mvc.perform(get("/campaigns/" + m.campaignId() + "/dashboard").with(as(users.leader())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}
}
