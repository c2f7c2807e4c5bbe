package vn.atgt.thidua.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import vn.atgt.thidua.campaign.AccidentPeriodConvention;
import vn.atgt.thidua.campaign.CampaignCommand;
import vn.atgt.thidua.campaign.CampaignGoals;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.TaskAreaService;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.support.TestUnits;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;
import vn.atgt.thidua.unit.UnitKind;
import vn.atgt.thidua.unit.UnitSummary;

/** When the standing office starts a campaign, the people of every participating unit hear of it, once. */
@ThiDuaIntegrationTest
class CampaignNotificationTests {

	@Autowired
	CampaignService campaigns;

	@Autowired
	TaskAreaService taskAreas;

	@Autowired
	NotificationService notifications;

	@Autowired
	TestUnits units;

	@Autowired
	TestUsers users;

	@Test
	void theUnitsOfACampaignAreToldWhenItStarts() {
		String name = MonitoringFixture.unique("Huyện phát động ");
		Long committee = units.committee(name);
		UnitSummary commune = units.unit("UBND xã Khun Há " + name, UnitKind.COMMUNE_COMMITTEE, committee);
		UnitSummary outsider = units.unit("UBND xã ngoài " + name, UnitKind.COMMUNE_COMMITTEE, null);
		CurrentUser officer = users.create("cbphatdong", commune.id(), Role.UNIT_OFFICER);
		CurrentUser head = users.create("ldphatdong", commune.id(), Role.UNIT_HEAD);
		CurrentUser stranger = users.create("ldngoai", outsider.id(), Role.UNIT_HEAD);
		Long id = campaigns.create(TestUsers.STANDING_OFFICE, committee,
				new CampaignCommand(MonitoringFixture.unique("KH-") + "/KH-BATGT", LocalDate.of(2024, 6, 21), null,
				"Phong trào thi đua bảo đảm TTATGT năm 2024 " + name, null, null, null,
				LocalDate.of(2024, 6, 21), LocalDate.of(2024, 12, 31), 2023, CampaignGoals.all(),
				AccidentPeriodConvention.CALENDAR_MONTH));
		taskAreas.addSeedPlanTaskAreas(TestUsers.STANDING_OFFICE, id);
		String plan = campaigns.get(id).planNumber();
		assertThat(launched(officer)).isEmpty();

		campaigns.activate(TestUsers.STANDING_OFFICE, id);

		for (CurrentUser user : List.of(officer, head)) {
			assertThat(launched(user)).singleElement().satisfies(n -> {
				assertThat(n.link()).isEqualTo("/campaigns/" + id + "/targets");
				assertThat(n.args()).containsExactly(plan, "Phong trào thi đua bảo đảm TTATGT năm 2024 " + name);
			});
		}
		assertThat(launched(stranger)).isEmpty();
	}

	private List<NotificationRow> launched(CurrentUser user) {
		return notifications.page(user.id(), PageRequest.of(0, 20)).getContent().stream()
			.filter(n -> n.kind() == NotificationKind.CAMPAIGN_LAUNCHED)
			.toList();
	}
}
