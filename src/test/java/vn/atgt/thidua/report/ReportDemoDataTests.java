package vn.atgt.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.util.List;
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
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;
import vn.atgt.thidua.support.DemoDataTest;

/**
 * The demo reports on the embedded H2 database (the same context as the embedded smoke test): July–November 2024 in
 * every state with their 2024 history, some late, some returned with comments on entries, sample evidence labelled as
 * such; the native aggregates (cumulative values, progress) and the pages run on H2 too.
 */
@DemoDataTest
class ReportDemoDataTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CampaignService campaigns;

	@Autowired
	ReportService reports;

	@Autowired
	ReportProgress reportProgress;

	@Autowired
	ReportQueries queries;

	@Autowired
	UnitService units;

	@Autowired
	UserAdminService users;

	@Test
	void theDemoMovementHasReportsJulyToNovemberInEveryStateWithLatenessCommentsAndSampleEvidence() throws Exception {
		// the Tam Đường 2024 movement (the demo also holds the province of Lai Châu's 2025 movements)
		Long campaign = campaigns.list(null).stream().filter(c -> c.planNumber().equals("06/KH-BATGT")).findFirst()
			.orElseThrow().id();
		Map<Long, PeriodView> periods = campaigns.periods(campaign).stream()
			.collect(Collectors.toMap(PeriodView::id, Function.identity()));
		List<ReportStatusRow> rows = reports.reportStatuses(campaign);
		assertThat(rows).extracting(ReportStatusRow::status).contains(ReportStatus.DRAFT, ReportStatus.SUBMITTED,
				ReportStatus.ACCEPTED, ReportStatus.RETURNED);
		assertThat(rows).extracting(r -> periods.get(r.periodId()).startDate().getMonthValue())
			.containsOnly(7, 8, 9, 10, 11);
		assertThat(rows).filteredOn(ReportStatusRow::late).hasSizeGreaterThanOrEqualTo(4);
		assertThat(rows).filteredOn(r -> r.lastSubmittedAt() != null)
			.allSatisfy(r -> assertThat(r.lastSubmittedAt().atZone(Formats.ZONE).getYear()).isEqualTo(2024));

		CurrentUser clerk = account("thuongtruc", Role.STANDING_OFFICE);
		ReportStatusRow policeJuly = row(rows, "CAH", 7, periods);
		ReportView july = queries.report(clerk, policeJuly.reportId());
		assertThat(july.status()).isEqualTo(ReportStatus.ACCEPTED);
		assertThat(july.lateDays()).isZero();
		assertThat(july.evidence()).hasSize(4).allSatisfy(v -> {
			assertThat(v.sample()).isTrue();
			assertThat(v.caption()).contains("(dữ liệu mẫu)");
		});
		assertThat(july.entries()).filteredOn(e -> e.target().indicatorName().equals("Số lượt phương tiện được kiểm tra"))
			.singleElement().satisfies(e -> {
				assertThat(e.periodValue()).isEqualByComparingTo("420");
				assertThat(e.completionPercent()).isEqualByComparingTo("10.5");
			});

		ReportView naTamAugust = queries.report(clerk, row(rows, "XA-NATAM", 8, periods).reportId());
		assertThat(naTamAugust.lateDays()).isEqualTo(3);
		assertThat(naTamAugust.history()).extracting(ReportTransitionRow::action).containsSubsequence(
				ReportAction.SUBMITTED, ReportAction.RETURNED, ReportAction.SUBMITTED, ReportAction.ACCEPTED);
		ReportView khunHaSeptember = queries.report(clerk, row(rows, "XA-KHUNHA", 9, periods).reportId());
		assertThat(khunHaSeptember.status()).isEqualTo(ReportStatus.RETURNED);
		assertThat(khunHaSeptember.hasComments()).isTrue();
		assertThat(queries.report(clerk, row(rows, "GDDT", 8, periods).reportId()).history())
			.extracting(ReportTransitionRow::action).contains(ReportAction.REOPENED);

		List<TargetProgressRow> progress = reportProgress.progress(campaign, unit("CAH"));
		assertThat(progress).filteredOn(p -> p.indicatorName().equals("Số lượt phương tiện được kiểm tra"))
			.singleElement().satisfies(p -> assertThat(p.cumulativeValue()).isEqualByComparingTo("1930"));

		Document queue = page("/campaigns/" + campaign + "/review", clerk);
		assertThat(queue.select("[data-testid=queue-count]").text()).isEqualTo("3 báo cáo chờ thẩm định");
		Document police = page("/reports/" + row(rows, "CAH", 10, periods).reportId(), account("conganhuyen", Role.UNIT_HEAD));
		assertThat(police.select("[data-testid=report-history]").text())
			.contains("Trả lại", "Đề nghị rà soát lại số liệu tai nạn giao thông tháng 10.", "Trễ hạn 5 ngày");
		Document policeList = page("/campaigns/" + campaign + "/reports", account("canbocongan", Role.UNIT_OFFICER));
		assertThat(policeList.select("[data-testid=unit-reports] tbody tr")).hasSize(6);
		Document all = page("/campaigns/" + campaign + "/reports", account("lanhdao", Role.LEADER));
		assertThat(all.select("[data-testid=status-summary]").text()).contains("Đã tiếp nhận", "Chưa thực hiện");
		assertThat(page("/reports/" + policeJuly.reportId(), clerk).select("img.thumb")).hasSize(3);
	}

	private ReportStatusRow row(List<ReportStatusRow> rows, String unitCode, int month, Map<Long, PeriodView> periods) {
		Long unit = unit(unitCode);
		return rows.stream()
			.filter(r -> r.unitId().equals(unit) && periods.get(r.periodId()).startDate().getMonthValue() == month)
			.findFirst()
			.orElseThrow();
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
