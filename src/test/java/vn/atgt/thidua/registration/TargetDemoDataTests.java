package vn.atgt.thidua.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atgt.thidua.support.TestUsers.as;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.account.UserAdminService;
import vn.atgt.thidua.account.UserRow;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;
import vn.atgt.thidua.support.DemoDataTest;

/**
 * The demo registrations on the embedded H2 database (the same context as the embedded smoke test): every state is
 * there with its 2024 history, the native status query and the sums run on H2, and Bản Bo waits where journey 2 has
 * the office return it.
 */
@DemoDataTest
class TargetDemoDataTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CampaignService campaigns;

	@Autowired
	RegistrationService targets;

	@Autowired
	TargetSetupService setup;

	@Autowired
	UnitService units;

	@Autowired
	UserAdminService users;

	@Test
	void theDemoMovementHasRegistrationsInEveryStateWithTheir2024History() throws Exception {
		// the Tam Đường 2024 movement (the demo also holds the province of Lai Châu's 2025 movements)
		Long campaign = campaigns.list(null).stream().filter(c -> c.planNumber().equals("06/KH-BATGT")).findFirst()
			.orElseThrow().id();
		Map<Long, RegistrationStatusRow> rows = targets.registrationStatuses(campaign).stream()
			.collect(Collectors.toMap(RegistrationStatusRow::unitId, Function.identity()));
		assertThat(rows).hasSize(27);
		assertThat(rows.values()).extracting(RegistrationStatusRow::status)
			.contains(RegistrationStatus.DRAFT, RegistrationStatus.SUBMITTED, RegistrationStatus.APPROVED,
					RegistrationStatus.RETURNED, null);
		assertThat(rows.get(unit("CAH")).status()).isEqualTo(RegistrationStatus.APPROVED);
		assertThat(rows.get(unit("GDDT")).status()).isEqualTo(RegistrationStatus.APPROVED);
		assertThat(rows.get(unit("CAH")).onTime()).isTrue();
		assertThat(rows.get(unit("XA-SONBINH")).lateDays()).isEqualTo(3);
		assertThat(rows.get(unit("XA-BANBO")).status()).isEqualTo(RegistrationStatus.RETURNED);
		assertThat(rows.get(unit("XA-BANBO")).firstSubmittedAt().atZone(vn.atgt.thidua.common.format.Formats.ZONE)
			.toLocalDate()).isEqualTo(LocalDate.of(2024, 7, 5));
		assertThat(targets.registrationDeadline(campaign)).contains(LocalDate.of(2024, 7, 15));
		assertThat(campaigns.taskAreas(campaign)).allSatisfy(area -> assertThat(
				setup.suggestions(campaign).stream().anyMatch(s -> s.taskAreaId().equals(area.id()))).isTrue());
		assertThat(setup.totals(campaign)).anySatisfy(t -> {
			assertThat(t.name()).isEqualTo("Số buổi tuyên truyền");
			assertThat(t.unitsApproved()).isEqualTo(2);
			assertThat(t.sumApproved()).isEqualByComparingTo("64");
		});

		Document office = page("/campaigns/" + campaign + "/targets", account("thuongtruc", Role.STANDING_OFFICE));
		assertThat(office.select("[data-testid=registrations] tbody tr")).hasSize(27);
		assertThat(office.select("[data-testid=deadline]").text()).contains("15/07/2024");

		Document banBo = page("/campaigns/" + campaign + "/targets", account("xabanbo", Role.UNIT_OFFICER));
		assertThat(banBo.select("[data-testid=office-note]").text())
			.contains("Chỉ tiêu tuyên truyền thấp hơn năm 2023 (15 buổi), đề nghị điều chỉnh");
		assertThat(banBo.select("[data-testid=review-comment]").text()).contains("không thấp hơn 15 buổi");
		assertThat(banBo.select("[data-testid=registration-history]").text())
			.contains("05/07/2024 08:15", "Bắt đầu đăng ký", "Nháp → Đã gửi", "08/07/2024 10:05", "Đã gửi → Trả lại");
		assertThat(page("/campaigns/" + campaign + "/targets/suggestions", account("lanhdao", Role.LEADER))
			.select("[data-testid^=suggestions-]")).hasSize(6);
	}

	private Long unit(String code) {
		return units.findByCode(code).map(UnitSummary::id).orElseThrow();
	}

	private CurrentUser account(String username, Role role) {
		UserRow row = users.activeUsersWithRole(role).stream().filter(u -> u.username().equals(username)).findFirst()
			.orElseThrow();
		return new CurrentUser(row.id(), row.username(), row.fullName(), row.unitId(), row.unitName(), row.committeeId(), row.roles(),
				false);
	}

	private Document page(String url, CurrentUser user) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}
}
