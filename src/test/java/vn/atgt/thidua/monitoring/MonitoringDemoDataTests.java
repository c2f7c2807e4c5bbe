package vn.atgt.thidua.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.account.UserAdminService;
import vn.atgt.thidua.account.UserRow;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.report.ReportService;
import vn.atgt.thidua.report.ReportStatusRow;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;
import vn.atgt.thidua.support.DemoDataTest;

/**
 * Monitoring on the demo data (embedded H2, the demo's day 23/12/2024, the same context as the embedded smoke test):
 * the matrix reads what the demo reports and registrations say, cell by cell and in its totals; the late list holds the
 * units with something overdue, with the urging of 21/08/2024 marked as sample data; Bản Bo's people have its notice.
 */
@DemoDataTest
class MonitoringDemoDataTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CampaignService campaigns;

	@Autowired
	MonitoringQueries monitoring;

	@Autowired
	MonitoringService service;

	@Autowired
	ReportService reports;

	@Autowired
	NotificationService notifications;

	@Autowired
	UnitService units;

	@Autowired
	UserAdminService users;

	@Test
	void theMatrixAndTheLateListShowWhatTheDemoDataSays() throws Exception {
		// the Tam Đường 2024 movement (the demo also holds the province of Lai Châu's 2025 movements)
		Long campaign = campaigns.list(null).stream().filter(c -> c.planNumber().equals("06/KH-BATGT")).findFirst()
			.orElseThrow().id();
		CurrentUser clerk = account("thuongtruc", Role.STANDING_OFFICE);
		StatusMatrix matrix = monitoring.matrix(clerk, campaign, MatrixFilter.none());
		assertThat(matrix.today()).isEqualTo(java.time.LocalDate.of(2024, 12, 23));
		assertThat(matrix.rows()).hasSize(27);

		assertThat(cell(matrix, "CAH", 7)).satisfies(c -> {
			assertThat(c.status()).isEqualTo(CellStatus.ACCEPTED);
			assertThat(c.onTime()).isTrue();
		});
		assertThat(cell(matrix, "XA-NATAM", 8)).satisfies(c -> {
			assertThat(c.status()).isEqualTo(CellStatus.ACCEPTED);
			assertThat(c.lateDays()).isEqualTo(3);
		});
		assertThat(cell(matrix, "XA-KHUNHA", 9).status()).isEqualTo(CellStatus.RETURNED);
		assertThat(cell(matrix, "XA-BANBO", 7)).satisfies(c -> {
			assertThat(c.status()).isEqualTo(CellStatus.NOT_STARTED);
			assertThat(c.overdueDays()).isEqualTo(125);
		});
		assertThat(cell(matrix, "XA-BANBO", 12).status()).isEqualTo(CellStatus.NOT_DUE);
		assertThat(matrix.rows().get(index(matrix, "XA-BANBO")).cells().get(0).status()).isEqualTo(CellStatus.RETURNED);

		// every column's count of reports in agrees with the reports themselves
		Map<Long, PeriodView> periods = campaigns.periods(campaign).stream()
			.collect(Collectors.toMap(PeriodView::id, Function.identity()));
		List<ReportStatusRow> rows = reports.reportStatuses(campaign);
		for (MatrixColumn column : matrix.periodColumns()) {
			long sent = rows.stream().filter(r -> r.periodId().equals(column.periodId()) && r.submitted()).count();
			assertThat(column.totals().submitted()).as(column.name()).isEqualTo((int) sent);
			assertThat(column.totals().expected()).as(column.name()).isEqualTo(27);
			assertThat(periods.get(column.periodId()).dueDate()).isEqualTo(column.dueDate());
		}

		List<LateUnit> late = monitoring.lateUnits(clerk, campaign, ItemSelection.ALL);
		assertThat(late).extracting(LateUnit::unitId).contains(unit("XA-BANBO")).doesNotContain(unit("CAH"));
		LateUnit banBo = late.stream().filter(u -> u.unitId().equals(unit("XA-BANBO"))).findFirst().orElseThrow();
		assertThat(banBo.lastUrgedAt())
			.isEqualTo(LocalDateTime.of(2024, 8, 21, 14, 30).atZone(Formats.ZONE).toInstant());
		assertThat(banBo.lastUrgingSample()).isTrue();

		CurrentUser officer = account("xabanbo", Role.UNIT_OFFICER);
		assertThat(notifications.page(officer.id(), PageRequest.of(0, 20)).getContent())
			.filteredOn(n -> n.kind() == NotificationKind.URGING)
			.singleElement()
			.satisfies(n -> assertThat(n.args()).startsWith("Tháng 7/2024", "20/08/2024", "1"));

		String page = mvc.perform(get("/campaigns/" + campaign + "/monitoring/late").with(as(clerk)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(page).select("[data-testid=urged-" + unit("XA-BANBO") + "]").text())
			.isEqualTo("21/08/2024 14:30 dữ liệu mẫu");
		mvc.perform(get("/campaigns/" + campaign + "/monitoring").with(as(clerk))).andExpect(status().isOk());
	}

	/**
	 * The figures counted by SQL (the office's home, the matrix page's totals, the late list's pages) are those of
	 * the matrix built cell by cell in Java, on the demo's mix of states (and on H2, as the demo runs).
	 */
	@Test
	void theCountsInSqlAreThoseOfTheMatrixBuiltCellByCell() {
		// Tam Đường's movement (the demo also holds the province's and its communes')
		Long campaign = campaigns.list(null).stream().filter(c -> c.planNumber().equals("06/KH-BATGT")).findFirst()
			.orElseThrow().id();
		CurrentUser clerk = account("thuongtruc", Role.STANDING_OFFICE);
		StatusMatrix matrix = monitoring.matrix(clerk, campaign, MatrixFilter.none());

		CampaignProgress progress = service.progress(clerk, campaign);
		List<MatrixColumn> periods = matrix.periodColumns();
		assertThat(progress.reportsToReview()).isEqualTo((int) matrix.rows().stream()
			.mapToLong(r -> r.cells().stream().skip(1).filter(c -> c.status() == CellStatus.SUBMITTED).count())
			.sum());
		assertThat(progress.registrationsToReview()).isEqualTo(
				(int) matrix.rows().stream().filter(r -> r.cells().get(0).status() == CellStatus.SUBMITTED).count());
		assertThat(progress.lateUnits()).isEqualTo(
				(int) matrix.rows().stream().filter(r -> r.cells().stream().anyMatch(MatrixCell::overdue)).count())
			.isPositive();
		assertThat(progress.currentPeriod()).isIn(periods);

		MatrixPage page = monitoring.matrixPage(clerk, campaign, MatrixFilter.none(), PageRequest.of(0, 10));
		assertThat(page.matrix().columns()).isEqualTo(matrix.columns());
		assertThat(page.matrix().rows()).isEqualTo(matrix.rows().subList(0, 10));
		assertThat(page.rows().getTotalElements()).isEqualTo(27);
		MatrixFilter communes = MatrixFilter.of("COMMUNE_COMMITTEE", null);
		StatusMatrix communeMatrix = monitoring.matrix(clerk, campaign, communes);
		assertThat(monitoring.matrixPage(clerk, campaign, communes, PageRequest.of(0, 50)).matrix())
			.isEqualTo(communeMatrix);

		for (ItemSelection selection : List.of(ItemSelection.ALL, ItemSelection.REGISTRATION,
				ItemSelection.period(periods.get(periods.size() / 2).periodId()))) {
			List<LateUnit> late = monitoring.lateUnits(clerk, campaign, selection);
			List<LateUnit> paged = new java.util.ArrayList<>();
			for (int number = 0; number * 4 < late.size() + 4; number++) {
				LatePage latePage = monitoring.latePage(clerk, campaign, selection, PageRequest.of(number, 4));
				assertThat(latePage.units().getTotalElements()).as(selection.param()).isEqualTo(late.size());
				paged.addAll(latePage.units().getContent());
			}
			assertThat(paged).as(selection.param()).isEqualTo(late);
		}
	}

	private MatrixCell cell(StatusMatrix matrix, String unitCode, int month) {
		int column = 1;
		for (MatrixColumn c : matrix.periodColumns()) {
			if (c.dueDate().minusMonths(1).getMonthValue() == month) {
				break;
			}
			column++;
		}
		return matrix.rows().get(index(matrix, unitCode)).cells().get(column);
	}

	private int index(StatusMatrix matrix, String unitCode) {
		Long unitId = unit(unitCode);
		for (int i = 0; i < matrix.rows().size(); i++) {
			if (matrix.rows().get(i).unitId().equals(unitId)) {
				return i;
			}
		}
		throw new IllegalArgumentException(unitCode);
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
}
