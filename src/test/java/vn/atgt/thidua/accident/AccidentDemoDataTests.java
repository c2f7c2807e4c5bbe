package vn.atgt.thidua.accident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignSummary;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.support.DemoDataTest;

/**
 * The demo accident figures on the embedded H2 database (the same context as the embedded smoke test): the comparison
 * page's queries find the sample months there too — 2023 and July–October 2024 confirmed, November 2024 a draft.
 */
@DemoDataTest
class AccidentDemoDataTests {

	@Autowired
	CampaignService campaigns;

	@Autowired
	AccidentService accidents;

	@Test
	void theSampleMonthsAreComparedOnTheEmbeddedDatabase() {
		Long id = campaigns.list(null).stream().filter(c -> c.planNumber().equals("06/KH-BATGT"))
			.map(CampaignSummary::id).findFirst().orElseThrow();
		CurrentUser leader = new CurrentUser(null, "lanhdao", "Lãnh đạo", null, null, null, EnumSet.of(Role.LEADER), false);
		List<MonthComparison> months = accidents.comparison(leader, id).months();

		assertThat(months).extracting(m -> m.period().key())
			.containsExactly("2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12");
		assertThat(months).extracting(MonthComparison::status).containsExactly(SheetStatus.CONFIRMED,
				SheetStatus.CONFIRMED, SheetStatus.CONFIRMED, SheetStatus.CONFIRMED, SheetStatus.DRAFT, null);
		assertThat(months).allMatch(MonthComparison::isBaselineConfirmed);
		assertThat(months.get(0).comparison().current()).isNotNull();
		// the dashboard's month sums, added up by H2 as by PostgreSQL
		AccidentComparison totals = accidents.comparisonTotals(leader, id);
		assertThat(totals.months()).isEqualTo(months);
		assertThat(totals.goals()).isEqualTo(accidents.comparison(leader, id).goals());
	}
}
