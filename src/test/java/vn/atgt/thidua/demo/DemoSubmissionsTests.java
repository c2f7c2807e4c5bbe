package vn.atgt.thidua.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.atgt.thidua.campaign.AccidentPeriodConvention;
import vn.atgt.thidua.campaign.CampaignCommand;
import vn.atgt.thidua.campaign.CampaignGoals;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.support.DemoDataTest;
import vn.atgt.thidua.support.TestUnits;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.unit.CommitteeService;

/**
 * The demo province's step of sending upward (on the embedded H2 database, as the demo runs): given the campaign of a
 * commune committee placed under the province's, it finalises the year-end report and sends it; the province's queue
 * holds it. The demo's own committee is left as it is (a fresh commune and province are built here).
 */
@DemoDataTest
class DemoSubmissionsTests {

	@Autowired
	DemoSubmissions demo;

	@Autowired
	CampaignService campaigns;

	@Autowired
	TestUnits units;

	@Autowired
	CommitteeService committees;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCommunesYearEndReportIsFinalisedAndSentToTheProvince() {
		// "xã Zeta" sorts after the demo's committee: the demo's stays the installation's first (main) one
		Long commune = units.committee("xã Zeta " + TestUnits.uniqueCode("X"));
		Long province = units.committee("xã Zeta tỉnh " + TestUnits.uniqueCode("P"));
		committees.placeUnder(commune, province);
		Long campaign = campaigns.create(TestUsers.STANDING_OFFICE, commune, new CampaignCommand(
				TestUnits.uniqueCode("KH"), LocalDate.of(2025, 7, 10), null, "Phong trào thi đua bảo đảm TTATGT năm 2025",
				null, null, null, LocalDate.of(2025, 7, 10), LocalDate.of(2025, 12, 31), 2024, CampaignGoals.all(),
				AccidentPeriodConvention.POLICE_15_TO_14));

		Long id = demo.sendYearEndReport(campaign);

		assertThat(jdbc.queryForObject("select status from summary_reports where campaign_id = ? and kind = 'YEAR_END'",
				String.class, campaign)).isEqualTo("FINAL");
		assertThat(jdbc.queryForObject("select receiver_committee_id from upward_submissions where id = ?", Long.class,
				id)).isEqualTo(province);
		assertThat(jdbc.queryForObject("select count(*) from upward_submission_files where submission_id = ?",
				Integer.class, id)).isEqualTo(2);
	}

	@Test
	void theDemoProvinceHoldsBanBosYearEndReportSentToTheProvince() {
		assertThat(jdbc.queryForObject("select count(*) from upward_submissions s join committees c "
				+ "on c.id = s.receiver_committee_id where c.name = ?", Integer.class, DemoProvince.PROVINCE)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select c.name from upward_submissions s join committees c "
				+ "on c.id = s.sender_committee_id join committees p on p.id = s.receiver_committee_id where p.name = ?",
				String.class, DemoProvince.PROVINCE)).isEqualTo("Ban An toàn giao thông xã Bản Bo");
	}
}
