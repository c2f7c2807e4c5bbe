package vn.atgt.thidua.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static vn.atgt.thidua.support.TestUsers.as;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

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
import vn.atgt.thidua.registration.ReturnCommand;
import vn.atgt.thidua.registration.TargetCommand;
import vn.atgt.thidua.registration.TargetDirection;
import vn.atgt.thidua.registration.TargetKind;
import vn.atgt.thidua.registration.RegistrationService;
import vn.atgt.thidua.unit.UnitKind;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * The registration workflow reaches people in the app: the office when a unit submits, the unit when its registration
 * is returned (with the reason), approved or reopened; each notification links to the registration page.
 */
@ThiDuaIntegrationTest
class RegistrationNotificationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestUnits units;

	@Autowired
	CampaignService campaigns;

	@Autowired
	TaskAreaService taskAreas;

	@Autowired
	RegistrationService targets;

	@Autowired
	NotificationService notifications;

	@Test
	void theUnitIsNotifiedInTheAppWhenItsRegistrationIsReturnedApprovedAndReopened() throws Exception {
		String name = TestUsers.uniqueName("Huyện thông báo ");
		Long committee = units.committee(name);
		UnitSummary commune = units.unit("UBND xã Nà Tăm " + name, UnitKind.COMMUNE_COMMITTEE, committee);
		String plan = TestUsers.uniqueName("KH-");
		Long campaign = campaigns.create(TestUsers.STANDING_OFFICE, committee,
				new CampaignCommand(plan, LocalDate.of(2024, 6, 21), null, "Phong trào " + name, null, null, null,
				LocalDate.of(2024, 6, 21), LocalDate.of(2024, 12, 31), 2023,
				CampaignGoals.all(), AccidentPeriodConvention.POLICE_15_TO_14));
		taskAreas.addSeedPlanTaskAreas(TestUsers.STANDING_OFFICE, campaign);
		campaigns.activate(TestUsers.STANDING_OFFICE, campaign);
		Long propaganda = campaigns.taskAreas(campaign).get(3).id();
		CurrentUser officer = users.create("cbthongbao", commune.id(), Role.UNIT_OFFICER);
		CurrentUser head = users.create("ctthongbao", commune.id(), Role.UNIT_HEAD);
		CurrentUser office = users.office();
		String link = "/campaigns/" + campaign + "/targets";

		targets.addTarget(officer, campaign, commune.id(), new TargetCommand(propaganda, TargetKind.QUANTITATIVE, null,
				"Số buổi tuyên truyền", "buổi", TargetDirection.AT_LEAST, null, BigDecimal.TEN, null, null, null));
		targets.submit(head, campaign, commune.id(), version(office, campaign, commune));
		assertThat(latest(office)).satisfies(n -> {
			assertThat(n.kind()).isEqualTo(NotificationKind.SUBMISSION_RECEIVED);
			assertThat(n.link()).isEqualTo(link + "/units/" + commune.id());
			assertThat(n.args()).containsExactly(commune.name(), plan);
		});

		targets.returnForChanges(office, campaign, commune.id(), version(office, campaign, commune),
				new ReturnCommand("Chỉ tiêu tuyên truyền thấp hơn năm 2023", Map.of()));
		for (CurrentUser member : List.of(officer, head)) {
			assertThat(latest(member)).satisfies(n -> {
				assertThat(n.kind()).isEqualTo(NotificationKind.ITEM_RETURNED);
				assertThat(n.link()).isEqualTo(link);
				assertThat(n.args()).containsExactly(plan, "Chỉ tiêu tuyên truyền thấp hơn năm 2023");
			});
		}
		mvc.perform(get("/notifications").with(as(officer)))
			.andExpect(content().string(containsString("Đăng ký thi đua của đơn vị theo Kế hoạch số " + plan
					+ " bị trả lại. Lý do: Chỉ tiêu tuyên truyền thấp hơn năm 2023")));

		targets.submit(head, campaign, commune.id(), version(office, campaign, commune));
		targets.approve(office, campaign, commune.id(), version(office, campaign, commune));
		assertThat(latest(officer).kind()).isEqualTo(NotificationKind.ITEM_ACCEPTED);
		mvc.perform(get("/notifications").with(as(head)))
			.andExpect(content().string(containsString("Đăng ký thi đua của đơn vị theo Kế hoạch số " + plan
					+ " đã được duyệt.")));

		targets.reopen(office, campaign, commune.id(), version(office, campaign, commune), "Bổ sung chỉ tiêu");
		assertThat(latest(head)).satisfies(n -> {
			assertThat(n.kind()).isEqualTo(NotificationKind.ITEM_REOPENED);
			assertThat(n.args()).containsExactly(plan, "Bổ sung chỉ tiêu");
		});
		assertThat(notifications.unreadCount(officer.id())).isEqualTo(3);
	}

	private long version(CurrentUser office, Long campaign, UnitSummary unit) {
		return targets.registration(office, campaign, unit.id()).version();
	}

	private NotificationRow latest(CurrentUser user) {
		return notifications.page(user.id(), PageRequest.of(0, 1)).getContent().get(0);
	}
}
